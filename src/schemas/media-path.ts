import { z } from 'astro/zod';

/**
 * An image in the binder's media folder: `media/margherita.jpg`. A layer's own
 * media/ folder is looked in first, then each layer below it, then content/media/.
 */
export const MediaPathSchema = z
  .string()
  .regex(/^media\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*[a-z0-9]+(?:-[a-z0-9]+)*\.(?:jpg|jpeg|png|webp|avif)$/, {
    error: 'is not an image path under media/ — use `media/<name>.jpg` (jpg, png, webp or avif, lowercase slug name)',
  });
