"""Benchmark results printed as plain-text tables (shared by run.py and search_bench.py)."""


def print_table(title, headers, rows, right=()):
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells):
        padded = (
            str(cell).rjust(width) if i in right else str(cell).ljust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        )
        return "| " + " | ".join(padded) + " |"

    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    print(f"\n{title}")
    print(rule)
    print(line(headers))
    print(rule)
    for row in rows:
        print(line(row))
    print(rule, flush=True)
