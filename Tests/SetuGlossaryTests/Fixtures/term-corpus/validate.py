#!/usr/bin/env python3
# Checks the corpus invariants described in README.md. Usage: python3 validate.py
import re, sys, unicodedata, glob, os, collections
D=os.path.dirname(os.path.abspath(__file__))
names=sorted(os.path.basename(p)[:-7] for p in glob.glob(D+'/*.hi.txt'))
ok=True
def err(*a):
    global ok; ok=False; print('ERROR',*a)
def occ(term,text):
    if re.search(r'[A-Za-z]',term):
        pat=r'(?<![A-Za-z0-9])'+re.escape(term)+r'(?![A-Za-z0-9])'
    else:
        pat=r'(?<![\u0900-\u0963\u0971-\u097F])'+re.escape(term)+r'(?![\u0900-\u0963\u0971-\u097F])'
    return len(re.findall(pat,text))
summary={}
for n in names:
    hi=open(f'{D}/{n}.hi.txt',encoding='utf-8').read()
    en=open(f'{D}/{n}.en.txt',encoding='utf-8').read()
    for fn,t in (('hi',hi),('en',en)):
        if unicodedata.normalize('NFC',t)!=t: err(n,fn,'not NFC')
        if re.search('[\u0958-\u095F]',t): err(n,fn,'precomposed nukta')
    hl=hi.rstrip('\n').split('\n'); el=en.rstrip('\n').split('\n')
    if len(hl)!=len(el): err(n,'line count',len(hl),len(el))
    if any(not l.strip() for l in hl+el): err(n,'empty line')
    dev_words=len([w for w in hi.split() if re.search('[\u0900-\u097F]',w)])
    if not 350<=dev_words<=700: err(n,'hindi words',dev_words)
    rows=open(f'{D}/{n}.terms.tsv',encoding='utf-8').read().rstrip('\n').split('\n')
    if rows[0]!='hindi\tvariants\tenglish\ttype\tname': err(n,'header')
    seen=set(); types=collections.Counter(); multi=0
    for r in rows[1:]:
        f=r.split('\t')
        if len(f)!=5: err(n,'fields',r); continue
        h,v,e,t,nm=f
        if h in seen: err(n,'dup',h)
        seen.add(h)
        if t not in ('person','place','organization','event','term'): err(n,'type',r)
        if nm!=('no' if t=='term' else 'yes'): err(n,'name col',r)
        vs=[x for x in v.split(' | ')] if v else []
        if any(x!=x.strip() or not x for x in vs): err(n,'variant fmt',r)
        forms=[h]+vs
        c={x:occ(x,hi) for x in forms}
        if sum(c.values())==0: err(n,'not in hi',h)
        for x in vs:
            if c[x]==0: err(n,'variant not in hi',h,x)
        if c[h]==0: print('note',n,'base not standalone:',h)
        if e not in en: err(n,'english not in en',h,e)
        types[t]+=1
        # total mentions (base+variants, base counted standalone only)
        if sum(c.values())>1: multi+=1
    k=len(rows)-1
    if not 15<=k<=30: err(n,'term count',k)
    summary[n]=(k,dict(types),dev_words,len(hl),multi)
for n,s in summary.items(): print(n,s)
print('OK' if ok else 'FAIL')
sys.exit(0 if ok else 1)
