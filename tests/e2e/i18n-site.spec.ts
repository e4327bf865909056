/**
 * The site's own words follow the page's language: on the Spanish and Italian pages the
 * header, listings, entry pages, back-links, trials and footer read from the site
 * catalogue (src/i18n/messages/site/), links inside a sentence stay links, and the ids
 * other pages link to stay the English ones. The English pages are covered, word for
 * word, by the other specs.
 */
import { expect, test } from '@playwright/test';

test('the header and footer speak Spanish', async ({ page }) => {
  await page.goto('/es/recipes/pizza-dough/');
  const nav = page.getByRole('navigation', { name: 'Secciones del manual' });
  await expect(nav.getByRole('link')).toHaveText(['Recetas', 'Procedimientos', 'Guías de apertura', 'Ingredientes', 'Equipos', 'Estaciones', 'Carta', 'Matriz de alérgenos']);
  await expect(page.getByRole('searchbox', { name: 'Buscar en el manual' })).toHaveAttribute('placeholder', 'Buscar recetas, procedimientos…');
  const footer = page.locator('footer');
  await expect(footer).toContainText('Las temperaturas y los tiempos siguen el FDA Food Code 2022.');
  await expect(footer.getByRole('link', { name: 'el repositorio del manual' })).toHaveAttribute('href', /github\.com/);
  await expect(footer.getByRole('link', { name: 'Créditos' })).toHaveAttribute('href', '/es/credits/');
  await expect(footer.getByRole('link', { name: 'Propón una mejora' })).toBeVisible();
});

test('a recipe page in Spanish: facts, trials, back-links and the link to propose a change', async ({ page }) => {
  await page.goto('/es/recipes/pizza-dough/');
  await expect(page.locator('.eyebrow')).toHaveText('Recetas · preparación base · Masa');
  await expect(page.locator('.facts').first().locator('dt')).toContainText(['Lote', 'Porciones', 'Preparación', 'Reposo', 'Costo', 'Total']);
  await expect(page.locator('.cooked-in')).toHaveText(/^Pruebas en 3 cocinas; la última, en Harbour Lane el 20 nov 2026: ajuste$/);
  await expect(page.getByRole('heading', { name: 'Pruebas en cocinas' })).toBeVisible();
  await expect(page.locator('.kitchen-trials li').first()).toContainText('Harbour Lane: se ajustó, 1 lote');
  // The heading reads Spanish; its id is the English one, so links to it hold in every language.
  await expect(page.locator('#used-in-heading')).toHaveText('Se usa en');
  await expect(page.getByRole('heading', { name: 'Notas del chef' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Propón un cambio', exact: true })).toBeVisible();
});

test('section listings and the allergen matrix in Spanish', async ({ page }) => {
  await page.goto('/es/procedures/');
  await expect(page.locator('.lede')).toHaveText('15 procedimientos en el manual.');
  await expect(page.getByRole('heading', { name: 'Inocuidad alimentaria' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Propón un procedimiento nuevo' })).toBeVisible();

  await page.goto('/es/allergens/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Matriz de alérgenos');
  await expect(page.getByRole('link', { name: 'procedimiento de manejo de alérgenos' })).toHaveAttribute('href', '/es/procedures/allergen-handling/');
});

test('a procedure, an ingredient and a paged back-link listing in Spanish', async ({ page }) => {
  await page.goto('/es/procedures/allergen-handling/');
  await expect(page.locator('.eyebrow')).toHaveText('Procedimientos · inocuidad alimentaria · en cada turno');
  await expect(page.locator('.facts dt')).toHaveText(['Frecuencia', 'Duración', 'Quién', 'Límites críticos']);

  await page.goto('/es/ingredients/mozzarella-fior-di-latte/');
  await expect(page.locator('.eyebrow')).toHaveText('Ingredientes · lácteos');
  await expect(page.getByText('Rechaza la entrega si:')).toBeVisible();

  await page.goto('/es/equipment/digital-scale/referenced-by/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entradas que mencionan Báscula digital');
  await expect(page.locator('.lede')).toHaveText(/^\d+ entradas mencionan este equipo\.$/);
});

test('the Italian pages read Italian', async ({ page }) => {
  await page.goto('/it/');
  const nav = page.getByRole('navigation', { name: 'Sezioni del manuale' });
  await expect(nav.getByRole('link')).toHaveText(['Ricette', 'Procedure', 'Guide all’apertura', 'Ingredienti', 'Attrezzature', 'Postazioni', 'Menù', 'Matrice degli allergeni']);
  await page.goto('/it/recipes/');
  await expect(page.locator('.lede')).toHaveText('25 ricette nel manuale.');
  await expect(page.getByRole('heading', { name: 'Semilavorato' })).toBeVisible();
});
