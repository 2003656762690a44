import { getServerSession } from "next-auth";
import { getLocale, getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { currentActor } from "@/lib/core/auth/current-actor";
import { authOptions } from "@/lib/core/auth/options";
import { NavLink } from "./nav-link";

/** "Sign in" for visitors; "Admin" (staff) or "My proposals" (a focal point) and "Sign out" once signed in. */
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
  const focal = (await currentActor())?.role === "FOCAL_POINT";
  return (
    <>
      <li>{focal ? <NavLink href="/focal">{t("focal")}</NavLink> : <NavLink href="/admin">{t("admin")}</NavLink>}</li>
      <li>
        <SignOutButton label={t("signOut")} redirectTo={`/${locale}`} />
      </li>
    </>
  );
}
