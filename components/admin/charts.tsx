'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface Series {
  title: string;
  rows: { label: string; value: number }[];
  valueLabel: string;
}

/**
 * A bar chart (recharts, with its keyboard/screen-reader layer) and the same numbers as a table,
 * so the figures are readable without seeing the chart.
 */
export function BarChartCard({ title, rows, valueLabel }: Series) {
  const id = `chart-${title.replace(/\W+/g, '-')}`;
  return (
    <figure className="panel" aria-labelledby={id}>
      <figcaption id={id}>
        <strong>{title}</strong>
      </figcaption>
      <div style={{ width: '100%', height: 220 }} aria-hidden="true">
        <ResponsiveContainer>
          <BarChart data={rows} accessibilityLayer margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
            <YAxis allowDecimals={false} width={36} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar dataKey="value" name={valueLabel} fill="#0b4f6c" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>{valueLabel}</summary>
        <table>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
