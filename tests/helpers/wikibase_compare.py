"""Independent check for tests/helpers/wikibase-compare.ts: are two N-Triples files isomorphic graphs?

Usage: python3 wikibase_compare.py EXPECTED.nt ACTUAL.nt
Prints JSON: {"isomorphic": bool, "expected": n, "actual": n, "onlyExpected": [...], "onlyActual": [...]},
the last two from rdflib.compare.graph_diff (blank nodes canonically relabelled), as N-Triples lines.
Literals are compared in their lexical form, not normalized.
"""
import json
import sys

import rdflib

# Compare literals as written: Wikibase writes "+3"^^xsd:decimal, and "3" is another lexical form.
# (rdflib normalizes typed literals on parsing by default, which would make the two equal.)
rdflib.NORMALIZE_LITERALS = False

from rdflib import Graph  # noqa: E402
from rdflib.compare import graph_diff, isomorphic, to_isomorphic  # noqa: E402


def lines(graph):
    return sorted(' '.join(term.n3() for term in triple) + ' .' for triple in graph)


def main(expected_path, actual_path):
    expected = Graph().parse(expected_path, format='nt')
    actual = Graph().parse(actual_path, format='nt')
    same = isomorphic(expected, actual)
    only_expected, only_actual = [], []
    if not same:
        _, in_expected, in_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        only_expected, only_actual = lines(in_expected), lines(in_actual)
    json.dump({'isomorphic': same, 'expected': len(expected), 'actual': len(actual),
               'onlyExpected': only_expected, 'onlyActual': only_actual}, sys.stdout)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
