import fs from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const p = JSON.parse(fs.readFileSync('/tmp/calls3.json.cpu','utf8'));
const map = new SourceMapConsumer(JSON.parse(fs.readFileSync('/tmp/lens-old.js.map','utf8')));
const nodes = new Map(p.nodes.map(n=>[n.id,n]));
const self = new Map(); p.samples.forEach((id,i)=>self.set(id,(self.get(id)||0)+(p.timeDeltas[i+1]||0)/1000));
const name = n => { const cf=n.callFrame; if(!cf.url.startsWith('chrome-extension')) return `${cf.functionName||'(anon)'} [native]`; const o=map.originalPositionFor({line:cf.lineNumber+1,column:cf.columnNumber}); return `${o.name||cf.functionName||'?'} ${o.source?.replace(/^.*\.\.\//,'')}:${o.line}`; };
const incl = new Map();
const total = id => { if (incl.has(id)) return incl.get(id); const n=nodes.get(id); let t=self.get(id)||0; for(const c of n.children||[]) t+=total(c); incl.set(id,t); return t; };
for (const n of p.nodes) total(n.id);
function tree(match, depth){ const agg=new Map(); const walk=(id,d,path)=>{const n=nodes.get(id); if(d>depth) return; const k=path+' > '+name(n); if(d>0) agg.set(k,(agg.get(k)||0)+incl.get(id)); for(const c of n.children||[]) walk(c,d+1,k);};
  for (const n of p.nodes) if (name(n).includes(match)) walk(n.id,0,name(n));
  for (const [k,v] of [...agg].sort((a,b)=>b[1]-a[1]).slice(0,25)) console.log(v.toFixed(1).padStart(7), k.replace(/^[^>]*> /,''));
}

console.log('--- views'); tree('card-chips.ts:105', 3);
