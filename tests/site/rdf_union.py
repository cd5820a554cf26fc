# Parses every page's RDF files of a site with rdflib (not our code) and compares them with a full dump.
# Prints JSON: files parsed, per-stem disagreements between formats, and the triples missing or extra.
import json, os, socket, sys
def offline(*args, **kwargs):
    raise RuntimeError('rdflib tried to use the network')
socket.socket.connect = offline
socket.create_connection = offline
from rdflib import Graph

site, full = sys.argv[1:3]
stems = []
for folder in ('entity', 'concept'):
    for name in sorted(os.listdir(os.path.join(site, folder))):
        if name.endswith('.ttl'):
            stems.append(os.path.join(site, folder, name[:-4]))
stems.append(os.path.join(site, 'dataset'))
union = set()
disagree = []
for stem in stems:
    ttl = set(Graph().parse(stem + '.ttl', format='turtle'))
    nt = set(Graph().parse(stem + '.nt', format='nt'))
    jsonld = set(Graph().parse(stem + '.jsonld', format='json-ld'))
    if ttl != nt or ttl != jsonld:
        disagree.append(os.path.relpath(stem, site))
    union |= ttl
dump = set(Graph().parse(full, format='nt'))
print(json.dumps({'stems': len(stems), 'disagree': disagree, 'triples': len(union), 'dump': len(dump),
                  'missing': sorted(str(t) for t in list(dump - union)[:5]), 'extra': sorted(str(t) for t in list(union - dump)[:5])}))
