import json, sys, glob, os
try:
    import opencc; cc = opencc.OpenCC('t2s')
except Exception:
    cc = None
ok = True
for src in sorted(glob.glob('src/*.json')):
    stem = os.path.basename(src)[:-5]
    text = open(f'texts/{stem}.txt', encoding='utf-8').read()
    if cc:
        t2 = cc.convert(text)
        if t2 != text: print(stem, 'changes under t2s')
        text = t2
    d = json.load(open(src, encoding='utf-8'))
    out = {}
    for k in ('parks', 'technologies', 'chains'):
        seen = set(); lst = []
        for s in d[k]:
            if s in seen: print(stem, k, 'DUP', s); ok = False; continue
            seen.add(s)
            if text.find(s) < 0: print(stem, k, 'NOT VERBATIM', s); ok = False; continue
            if cc and cc.convert(s) != s: print(stem, k, 'not simplified', s); ok = False
            lst.append(s)
        lst.sort(key=lambda s: (text.find(s), -len(s)))
        out[k] = lst
    json.dump(out, open(f'gold/{stem}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(stem, {k: len(v) for k, v in out.items()})
print('OK' if ok else 'PROBLEMS')
