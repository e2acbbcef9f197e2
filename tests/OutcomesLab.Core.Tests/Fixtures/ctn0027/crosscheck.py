# Independent re-derivation of the CTN-0027 acceptance numbers from the raw CSVs (no OutcomesLab code).
# Run from the repository root: python3 tests/OutcomesLab.Core.Tests/Fixtures/ctn0027/crosscheck.py OUT.csv
import csv, collections, re, sys

d = 'data/ctn0027/'
rand = {r['who']: (r['treatment'], int(r['when'])) for r in csv.DictReader(open(d + 'randomization.csv')) if r['which'] == '1'}
doses = collections.defaultdict(list)
for r in csv.DictReader(open(d + 'treatment.csv')):
    doses[r['who']].append((int(r['when']), float(r['amount'])))

# Hser 2014: dosed = a dose on/after randomisation; completed = last dose - randomisation day >= 161.
with open(sys.argv[1], 'w') as out:
    out.write('who,arm,time,dropout\n')
    for arm in ['Methadone', 'Outpatient BUP']:
        ids = [w for w in rand if rand[w][0] == arm]
        dosed = [w for w in ids if any(day >= rand[w][1] for day, _ in doses.get(w, []))]
        comp = [w for w in dosed if max(day for day, _ in doses[w]) - rand[w][1] >= 161]
        hi = [w for w in dosed if max(a for day, a in doses[w] if day >= rand[w][1]) >= 60]
        print(arm, 'dosed', len(dosed), 'not dosed', len(ids) - len(dosed), 'completed', len(comp),
              '>=60 mg', len(hi), 'completed', len([w for w in hi if w in comp]))
    # Per-patient table for R: days from randomisation through the last dose, capped at 168 (24 weeks).
    for w, (arm, i) in rand.items():
        if not any(day >= i for day, _ in doses.get(w, [])):
            continue
        t = max(day for day, _ in doses[w]) - i + 1
        out.write(f'{w},{arm},{min(t, 168)},{0 if t >= 168 else 1}\n')

# Weekly opioid words, weeks (index + 7(k-1), index + 7k], k = 1..24.
vis = collections.defaultdict(set)
for r in csv.DictReader(open(d + 'visit.csv')):
    if r['what'] == 'visit':
        vis[r['who']].add(int(r['when']))
samp, opi = collections.defaultdict(set), collections.defaultdict(set)
for r in csv.DictReader(open(d + 'uds.csv')):
    samp[r['who']].add(int(r['when']))
    if r['what'] == 'Opioid':
        opi[r['who']].add(int(r['when']))
words = {}
for w, (arm, i) in rand.items():
    wk = collections.defaultdict(set)
    for day in vis[w] | samp[w]:
        o = day - i
        if 1 <= o <= 168:
            wk[(o - 1) // 7 + 1].add(day in opi[w])
    words[w] = ''.join('o' if not wk[k] else '*' if len(wk[k]) == 2 else '+' if True in wk[k] else '-' for k in range(1, 25))
for arm in ['Methadone', 'Outpatient BUP']:
    ws = [words[w] for w in rand if rand[w][0] == arm]
    s = ''.join(ws)
    print(arm, 'n', len(ws), 'neg', s.count('-'), 'pos', s.count('+'), 'mixed', s.count('*'), 'missing', s.count('o'),
          'relapse4', sum(1 for x in ws if re.search(r'[+*]{4}', x.replace('o', '+'))),
          'dropout4', sum(1 for x in ws if 'oooo' in x),
          'abstinent last 4', sum(1 for x in ws if set(x.replace('o', '+')[-4:]) == {'-'}))
print('10', words['10'], '11', words['11'])
