"""Where the bundled ontology, shapes, queries and samples live.

They sit at the top of the repository (``ontology/``, ``samples/``) so they are easy to
find and edit; a wheel carries copies under ``kg/_bundled``. Both layouts are looked up
so an editable install and a built wheel behave the same.
"""

import importlib
from pathlib import Path
from types import ModuleType

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE.parent, _PACKAGE / "_bundled")


def _find(name: str) -> Path:
    for root in _CANDIDATES:
        if (root / name).exists():
            return root / name
    raise FileNotFoundError(f"bundled data {name!r} not found next to the kg package")


ONTOLOGY_DIR = _find("ontology")
ONTOLOGY_FILE = ONTOLOGY_DIR / "quotegraph.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
QUERIES_DIR = ONTOLOGY_DIR / "queries"
SAMPLES_DIR = _find("samples")


def server_module(name: str = "") -> ModuleType:
    """The web app package (or one of its modules): a checkout's ``server/`` folder first, as for the
    data above (an editable install also copies it into site-packages, where the copy goes stale), else
    ``quotegraph_server`` as a wheel installs it: a wheel must not claim a name as common as ``server``.
    """
    checkout = (_PACKAGE.parent / "pyproject.toml").is_file() and (_PACKAGE.parent / "server" / "__init__.py").is_file()
    package = "server" if checkout else "quotegraph_server"
    return importlib.import_module(f"{package}.{name}" if name else package)
