"""Ships the top-level levels/, assets/ and docs/ folders inside the package (game/levels,
game/assets, game/docs) so an installed wheel finds them with importlib.resources
(`game.paths`). Everything else is in pyproject.toml."""

from pathlib import Path

from setuptools import find_packages, setup

DATA = {"game.levels": "levels", "game.assets": "assets", "game.docs": "docs"}


def _data_packages() -> dict[str, str]:
    """Each data folder and its subfolders as a package name to its folder."""
    found = {}
    for package, folder in DATA.items():
        subfolders = sorted(p for p in Path(folder).rglob("*") if p.is_dir())
        for sub in [Path(folder), *(p for p in subfolders if p.name != "screenshots")]:
            name = ".".join([package, *sub.relative_to(folder).parts])
            found[name] = str(sub)
    return found


data = _data_packages()
setup(
    packages=[*find_packages(include=["game", "game.*"]), *data],
    package_dir=data,
    package_data={"game": ["py.typed", "design/debrief/*.md"], **{name: ["*"] for name in data}},
)
