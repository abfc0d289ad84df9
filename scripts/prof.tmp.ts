import { parseBibliography } from '../lib/formats';
import { generateRis } from '../tests/formats/generate';
const text = generateRis(10000);
for (let i = 0; i < 5; i++) parseBibliography(text, 'x.ris');
const out: number[] = [];
for (let i = 0; i < 25; i++) { const c = process.cpuUsage(); parseBibliography(text, 'x.ris'); const d = process.cpuUsage(c); out.push((d.user + d.system) / 1000); }
out.sort((a, b) => a - b);
console.log('min', out[0].toFixed(1), 'median', out[12].toFixed(1));
