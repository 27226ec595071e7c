// Horizontal bar charts drawn as SVG (no chart library, nothing loaded from elsewhere).
import { svg } from './dom.js';

const colours = {
  not_started: '#9e9e9e', in_progress: '#42a5f5', partially_implemented: '#ffb300', implemented: '#43a047',
  not_implemented: '#e53935', withdrawn: '#6d4c41',
};

export function barChart(label, rows) {
  const top = Math.max(1, ...rows.map((r) => r[1]));
  const chart = svg('svg', { width: 520, height: rows.length * 26 + 8, role: 'img', 'aria-label': label, class: 'chart' });
  rows.forEach(([name, n], i) => {
    const y = 4 + i * 26;
    const w = Math.round((300 * n) / top);
    chart.append(
      svg('text', { x: 0, y: y + 15, 'font-size': 12 }, name),
      svg('rect', { x: 170, y: y + 2, width: w, height: 18, fill: colours[name] || '#5c6bc0' }),
      svg('text', { x: 176 + w, y: y + 15, 'font-size': 12 }, String(n)),
    );
  });
  return chart;
}
