#!/usr/bin/env python3
# Rebuilds the "**Tests:**" lists of docs/rules.md from the [Trait("Rule"|"Contract", ...)] attributes of the
# test sources: library tests under "### ID:", tool tests under "### ID (tool)", contracts under
# "### Contract: KEY". Every such section must exist. RulesDocumentTests fails until the lists match.
# Run from anywhere: python3 tools/regen-rules-tests.py
import re, os, sys
root=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
doc=open(f'{root}/docs/rules.md').read()
pat=re.compile(r'\[(?:(Rule)\(|Trait\("(Contract)", )"([^"]+)"\)\](?:\s*\[[^\n]*\])*\s*public (?:async Task|void) (\w+)\(')
# A test tagged with a plain [Trait("Rule", "X")] (a branch older than the [Rule] attribute) is rewritten to
# [Rule("X")], which gives the trait Category=X too, the one the rule's Swedish scenarios carry.
plain=re.compile(r'\[Trait\("Rule", ("[^"]+")\)\]')
for proj in ('Yrkesresan.Domain.Tests','Yrkesresan.Cli.Tests'):
    for d,_,fs in os.walk(f'{root}/tests/{proj}'):
        if '/obj' in d or '/bin' in d: continue
        for f in fs:
            if not f.endswith('.cs'): continue
            path=os.path.join(d,f)
            src=open(path).read()
            new,n=plain.subn(r'[Rule(\1)]',src)
            if n:
                open(path,'w').write(new)
                print(f'{os.path.relpath(path,root)}: {n} test(s) now tagged [Rule(...)]', file=sys.stderr)
tests={}  # heading -> {relpath: [names]}
for proj,tool in (('Yrkesresan.Domain.Tests',False),('Yrkesresan.Cli.Tests',True)):
    base=f'{root}/tests/{proj}'
    files=[]
    for d,_,fs in os.walk(base):
        if '/obj' in d or '/bin' in d: continue
        for f in fs:
            if f.endswith('.cs'): files.append(os.path.join(d,f))
    for f in sorted(files):
        src=open(f).read()
        for rule,contract,key,name in pat.findall(src):
            kind=rule or contract
            if kind=='Rule':
                h=f'### {key} (tool)' if tool else f'### {key}:'
            else:
                h=f'### Contract: {key}'
            rel=os.path.relpath(f,f'{root}/docs')
            tests.setdefault(h,{}).setdefault(rel,[]).append(name.replace('_',' '))
def block(files):
    out=['**Tests:**','']
    for rel,names in files.items():
        cls=os.path.basename(rel)[:-3]
        out.append(f'- [`{cls}`]({rel}):')
        for n in names: out.append(f'  - {n}')
    return '\n'.join(out)+'\n'
heads=list(re.finditer(r'\n(#{2,3} [^\n]*)', doc))
# process sections from the end so indexes stay valid
missing=[h for h in tests if not any(m.group(1).startswith(h) for m in heads)]
for h in missing:
    print('MISSING SECTION', h, file=sys.stderr)
for i in range(len(heads)-1,-1,-1):
    m=heads[i]
    title=m.group(1)
    key=None
    for h in tests:
        # the longest heading that fits: "Contract: yrkesresan steps" is not "Contract: yrkesresan step"
        if title.startswith(h) and (key is None or len(h)>len(key)): key=h
    if key is None: continue
    start=m.end()
    end=heads[i+1].start() if i+1<len(heads) else len(doc)
    sec=doc[start:end]
    t=sec.find('\n**Tests:**')
    newblock=block(tests[key])
    l=sec.find('\n- [`')
    if t<0 and l>=0:
        sec=sec[:l]+'\n'+newblock.split('\n',2)[2]
    elif t>=0:
        sec=sec[:t]+'\n'+newblock
    else:
        sec=sec.rstrip('\n')+'\n\n'+newblock
    if not sec.endswith('\n\n') and i+1<len(heads): sec=sec.rstrip('\n')+'\n'
    doc=doc[:start]+sec+doc[end:]
open(f'{root}/docs/rules.md','w').write(doc)
# Keep the "---" rules before the part headings that the regeneration above eats when the
# section before them ends with a Tests block.
doc=open(f'{root}/docs/rules.md').read()
for h in ('## Career steps and eligibility','## Course structure','## Follow-up',"## The tool's tests"):
    i=doc.find('\n'+h+'\n')
    if i>=0 and not doc[:i].rstrip('\n').endswith('---'):
        doc=doc[:i].rstrip('\n')+'\n\n---\n\n'+doc[i+1:]
open(f'{root}/docs/rules.md','w').write(doc)
