# writes claims.jsonl from claims_src.py
import json
from claims_src import C
V={"S":"supported","X":"contradicted","M":"misleading","U":"unverifiable","N":"not_checkable"}
with open("claims.jsonl","w",encoding="utf-8") as fh:
    for i,(text,ad,v,fid,wf,notes) in enumerate(C,1):
        fh.write(json.dumps(dict(id=f"c{i:03d}",text=text,article_date=ad,expected_verdict=V[v],
                                 fact_id=fid,wrong_field=wf,notes=notes),ensure_ascii=False)+"\n")
print(len(C),"claims")
