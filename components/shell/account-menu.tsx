import { getServerSession } from "next-auth";
import { getLocale, getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { authOptions } from "@/lib/core/auth/options";
import { NavLink } from "./nav-link";

/** "Sign in" for visitors; "Admin" and "Sign out" for signed-in staff. */
export async function AccountMenu() {
  const [session, t, locale] = await Promise.all([getServerSession(authOptions), getTranslations("nav"), getLocale()]);
  if (!session?.user) {
    return (
      <li>
        <NavLink href="/sign-in" className="site-nav__sign-in">
          {t("signIn")}
        </NavLink>
      </li>
    );
  }
  return (
    <>
      <li>
        <NavLink href="/admin">{t("admin")}</NavLink>
      </li>
      <li>
        <SignOutButton label={t("signOut")} redirectTo={`/${locale}`} />
      </li>
    </>
  );
}
