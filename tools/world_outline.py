#!/usr/bin/env python3
"""Write the web UI's world outline (Sources/ParleyServer/Resources/web/world.json) from Natural Earth.

Source: Natural Earth 1:110m "admin 0 countries" as shipped, public domain, in the geopandas 0.14.x wheel
on PyPI (geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp). Natural Earth is in the public
domain (https://www.naturalearthdata.com/about/terms-of-use/): no permission is needed to use or change it.

    pip download geopandas==0.14.4 --no-deps -d /tmp/wheels
    pip install pyshp
    python3 tools/world_outline.py /tmp/wheels/geopandas-0.14.4-py3-none-any.whl

The rings are simplified (Douglas-Peucker, tolerance in degrees) and rounded to 0.1 degree; each ring is a
flat list [lon, lat, lon, lat, ...]. Output: {"source", "licence", "countries": [{"code", "name", "rings"}]}.
"""
import io
import json
import sys
import zipfile
from pathlib import Path

import shapefile  # pyshp

TOLERANCE = 0.25
OUT = Path(__file__).resolve().parent.parent / "Sources/ParleyServer/Resources/web/world.json"
BASE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"


def open_reader(path: str) -> shapefile.Reader:
    if path.endswith(".whl") or path.endswith(".zip"):
        z = zipfile.ZipFile(path)
        parts = {ext: io.BytesIO(z.read(f"{BASE}.{ext}")) for ext in ("shp", "shx", "dbf")}
        encoding = z.read(f"{BASE}.cpg").decode("ascii").strip() or "utf-8"
        return shapefile.Reader(shp=parts["shp"], shx=parts["shx"], dbf=parts["dbf"], encoding=encoding)
    cpg = Path(path.removesuffix(".shp") + ".cpg")
    encoding = cpg.read_text(encoding="ascii").strip() if cpg.exists() else "utf-8"
    return shapefile.Reader(path.removesuffix(".shp"), encoding=encoding)


def simplify(points, tol):
    """Douglas-Peucker on a list of (x, y), keeping the first and last point."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if norm == 0:
                d = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if d > best:
                best, index = d, i
        if best > tol and index > 0:
            keep[index] = True
            stack.append((a, index))
            stack.append((index, b))
    return [p for p, k in zip(points, keep) if k]


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    reader = open_reader(sys.argv[1])
    fields = [f[0] for f in reader.fields[1:]]
    countries = []
    for rec in reader.iterShapeRecords():
        attrs = dict(zip(fields, rec.record))
        shape = rec.shape
        starts = list(shape.parts) + [len(shape.points)]
        rings = []
        for s, e in zip(starts, starts[1:]):
            ring = simplify(shape.points[s:e], TOLERANCE)
            flat = []
            for x, y in ring:
                flat += [round(x, 1), round(y, 1)]
            if len(flat) >= 8:  # a ring needs at least 4 points after simplification
                rings.append(flat)
        if rings:
            countries.append({"code": attrs.get("iso_a3"), "name": attrs.get("name"), "rings": rings})
    out = {
        "source": "Natural Earth 1:110m admin 0 countries (naturalearth_lowres, geopandas 0.14.4 wheel), simplified",
        "licence": "public domain (Natural Earth terms of use)",
        "countries": countries,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(countries)} countries, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
