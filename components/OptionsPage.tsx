import type { BundledData } from '../data';

export function OptionsPage({ data }: { data: BundledData }) {
  return (
    <main>
      <h1>AI Leadership Lens</h1>
      <h2>About the data</h2>
      <ul>
        {data.sources.map((s) => (
          <li key={s.id}>
            {s.title} ({s.publisher}, {s.date})
          </li>
        ))}
      </ul>
    </main>
  );
}
