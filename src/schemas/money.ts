import { z } from 'astro/zod';

/** An ISO 4217 currency code: `USD`, `EUR`. */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, { error: 'is not an ISO 4217 code — use three capitals like `USD` or `EUR`' });

/** A calendar day, as YYYY-MM-DD. */
export const DaySchema = z.iso.date({ error: 'is not a date — write it as YYYY-MM-DD, like 2026-11-12' });
