/** The application shell. */
export function App() {
  return <main>Kizuna</main>;
}
