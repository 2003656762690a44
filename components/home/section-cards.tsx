import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { SECTIONS } from "@/components/shell/sections";


export async function SectionCards() {
  const t = await getTranslations();
  return (
    <ul className="section-cards">
      {SECTIONS.map((s) => (
        <li key={s.key} className="section-card">
          <h3>
            <Link href={s.href}>{t(`nav.${s.key}`)}</Link>
          </h3>
          <p>{t(`home.sections.${s.key}`)}</p>
        </li>
      ))}
    </ul>
  );
}
