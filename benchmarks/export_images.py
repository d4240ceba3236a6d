"""Seconds per exported image, cold (a new Chromium per image, as kaleido's one-shot API does) vs warm (the
export renderer's long-lived Chromium), for PNG (4×) and SVG, standard and slide sizes; plus file sizes.

    .venv/bin/python benchmarks/export_images.py [--repeat 5] [--cold 2]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="warm renders per format/size (default 5)")
    parser.add_argument("--cold", type=int, default=2, help="cold renders per format (default 2)")
    args = parser.parse_args(argv)

    from exports.errors import ChromiumMissingError
    from exports.image_layout import SIZES, decorate_figure
    from exports.image_renderer import ImageRenderer
    from exports.images import render_image
    from tests.export_samples import sample_context, sample_specs

    spec = sample_specs("vi")[0]
    context = sample_context("vi")
    rows = []

    def timed(fn):
        started = time.perf_counter()
        out = fn()
        return time.perf_counter() - started, len(out)

    try:
        # cold: start Chromium, render one image, close it — every time
        for fmt, scale in (("png", 4), ("svg", 1)):
            times = []
            for _ in range(args.cold):
                def cold():
                    r = ImageRenderer(tabs=1)
                    try:
                        return render_image(spec, context, fmt=fmt, size="standard", scale=scale, renderer=r)
                    finally:
                        r.stop()
                seconds, size = timed(cold)
                times.append(seconds)
            rows.append(("cold", fmt, "standard", statistics.median(times), size))

        # warm: one renderer, first render excluded
        renderer = ImageRenderer()
        started = time.perf_counter()
        renderer.start()
        startup = time.perf_counter() - started
        try:
            render_image(spec, context, fmt="png", renderer=renderer)
            for size_name in SIZES:
                for fmt, scale in (("png", 4), ("svg", 1)):
                    times = []
                    for _ in range(args.repeat):
                        seconds, size = timed(lambda: render_image(spec, context, fmt=fmt, size=size_name,
                                                                   scale=scale, renderer=renderer))
                        times.append(seconds)
                    rows.append(("warm", fmt, size_name, statistics.median(times), size))
        finally:
            renderer.stop()
    except ChromiumMissingError as exc:
        print(f"no Chromium: {exc}", file=sys.stderr)
        return 2

    decorate = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        decorate_figure(spec, context, size="standard")
        decorate.append(time.perf_counter() - started)

    print(f"{'mode':<6}{'format':<8}{'size':<10}{'s/image':>9}{'bytes':>10}")
    for mode, fmt, size_name, seconds, nbytes in rows:
        label = f"{fmt}@4x" if fmt == "png" else fmt
        print(f"{mode:<6}{label:<8}{size_name:<10}{seconds:>9.3f}{nbytes:>10,}")
    print(f"warm renderer start-up (once per process): {startup:.2f} s")
    print(f"building the decorated figure (header/footer, in Python): {statistics.median(decorate):.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
