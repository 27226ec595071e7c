#!/usr/bin/env python3
"""Writes data/states_intl.tsv: French, Spanish, Russian and Arabic names of the states in
data/states.tsv, from Debian's iso-codes package (ISO 3166-1 names and their gettext
translations). Run by hand when iso-codes changes; the output is committed.
Usage: scripts/data/gen_state_names_intl.py > data/states_intl.tsv"""
import gettext
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
iso = {c['alpha_3']: c for c in json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']}
langs = ['fr', 'es', 'ru', 'ar']
tr = {l: gettext.translation('iso_3166-1', '/usr/share/locale', languages=[l]) for l in langs}
print('# alpha3\tlanguage\tnames (|): ISO 3166-1 name and official name in that language, from Debian iso-codes')
for line in open(os.path.join(ROOT, 'data', 'states.tsv'), encoding='utf-8'):
    if line.startswith('#') or line.startswith('!') or not line.strip():
        continue
    a3 = line.split('\t')[0]
    c = iso.get(a3)
    if not c:
        continue
    for l in langs:
        names = []
        for key in ('name', 'official_name', 'common_name'):
            if key in c:
                t = tr[l].gettext(c[key])
                if t != c[key] and t not in names:
                    names.append(t)
        if names:
            print(f'{a3}\t{l}\t' + '|'.join(names))
