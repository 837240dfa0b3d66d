"""Article text in, parties and statements out: pure functions over plain dataclasses."""
