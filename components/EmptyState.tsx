// A friendly "nothing here" with what to do next.
export interface EmptyStateProps {
  title: string;
  hint: string;
}

export function EmptyState({ title, hint }: EmptyStateProps) {
  return (
    <section class="empty-state" data-testid="ackly-empty-state">
      <h2>{title}</h2>
      <p>{hint}</p>
    </section>
  );
}
