export function Popup() {
  return (
    <main class="popup">
      <h1>AI Leadership Lens</h1>
      <p>Salary benchmarks, role comparisons and skill checklists for AI-leadership postings.</p>
    </main>
  );
}
