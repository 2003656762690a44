import { Link } from "@/i18n/navigation";

/** A row of links that switch one view-state option; the current one is marked. */
export function OptionLinks<T extends string | number>({
  label,
  options,
  current,
  href,
  name,
}: {
  label: string;
  options: readonly T[];
  current: T;
  href: (value: T) => string;
  name: (value: T) => string;
}) {
  return (
    <nav className="option-links" aria-label={label}>
      <span className="option-links__label" aria-hidden="true">
        {label}
      </span>
      <ul>
        {options.map((value) => (
          <li key={String(value)}>
            <Link href={href(value)} aria-current={value === current ? "true" : undefined} scroll={false}>
              {name(value)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
