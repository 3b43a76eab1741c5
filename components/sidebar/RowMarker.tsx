// The small dot on an inbox row whose thread has an owed reply; overdue in another colour.
export interface RowMarkerProps {
  overdue: boolean;
  title: string;
}

export function RowMarker({ overdue, title }: RowMarkerProps) {
  return (
    <span
      class={overdue ? 'ackly-marker ackly-marker-overdue' : 'ackly-marker'}
      data-testid="ackly-row-marker"
      data-overdue={overdue ? 'true' : 'false'}
      title={title}
      aria-label={title}
      role="img"
      // Inline styles: the marker lives in Gmail's own row, outside Ackly's shadow root.
      style={{
        display: 'inline-block',
        width: '8px',
        height: '8px',
        borderRadius: '50%',
        margin: '0 6px 0 0',
        verticalAlign: 'middle',
        flex: 'none',
        background: overdue ? '#d93025' : '#1a73e8',
      }}
    />
  );
}
