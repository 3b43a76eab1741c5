// The sidebar shown beside a webmail thread.
export function Sidebar() {
  return <aside class="ackly-sidebar" data-testid="ackly-sidebar" />;
}
