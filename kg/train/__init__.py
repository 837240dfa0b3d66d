"""Training the learned extractor (``kg train``): corpus parsing and alignment, fitting, writing.

Imported only by ``kg train`` and tests, so that no other command pays for it.
"""
