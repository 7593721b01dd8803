/** A page's heading and introduction. */
export function PageHeader({ title, intro }: { title: string; intro: string }) {
  return (
    <div className="page-header">
      <h1>{title}</h1>
      <p>{intro}</p>
    </div>
  );
}
