"""The package list in pyproject.toml stays complete, and resources ship as package data.

setuptools cannot discover packages in desktop/ and also map resources/ to smallwins.resources,
so pyproject.toml lists the packages by hand. An editable install finds unlisted subpackages, but
``pip install .`` and wheels silently leave them out; this test catches that.
"""

import importlib.resources
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_under_desktop_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    source = ROOT / "desktop"
    on_disk = {
        ".".join(init.parent.relative_to(source).parts)
        for init in source.glob("smallwins/**/__init__.py")
    }

    missing = sorted(on_disk - listed)

    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_app_icon_is_package_data() -> None:
    icon = importlib.resources.files("smallwins.resources") / "icons" / "smallwins.svg"

    assert icon.is_file()
    assert "<svg" in icon.read_text(encoding="utf-8")


def test_the_package_knows_its_own_version() -> None:
    import smallwins  # noqa: PLC0415

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert smallwins.__version__ == config["project"]["version"]
