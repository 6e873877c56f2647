import type { Metadata } from "next";
import { requireConsoleUser } from "@/lib/auth/console-session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import styles from "@/components/account/account.module.css";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireConsoleUser("/account");
  return (
    <div className="grid">
      <h1>Account</h1>
      <section className={`panel ${styles.narrow}`} aria-labelledby="account-heading">
        <h2 id="account-heading">Signed in as</h2>
        <dl className={styles.details}>
          <dt>Name</dt>
          <dd>{user.name}</dd>
          <dt>Email</dt>
          <dd>{user.email}</dd>
          <dt>Role</dt>
          <dd>{ROLE_LABELS[user.role]}</dd>
        </dl>
      </section>
      <ChangePasswordForm />
    </div>
  );
}
