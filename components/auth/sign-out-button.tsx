"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label, redirectTo }: { label: string; redirectTo: string }) {
  return (
    <button type="button" className="link-button" onClick={() => void signOut({ callbackUrl: redirectTo })}>
      {label}
    </button>
  );
}
