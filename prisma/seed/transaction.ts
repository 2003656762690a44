import type { Prisma } from "@/lib/generated/prisma/client";

/** The client handed to a `$transaction(async (tx) => …)` callback. */
export type Transaction = Prisma.TransactionClient;
