/**
 * The kitchen tools speak the page's language: on the Spanish pages, what the islands
 * write in the browser (the scaler's status, notes and mixes, cook mode's step counter,
 * the timers' tray and alarm, the checklist's progress and verdicts, search) comes from
 * the words the page carries. The English pages are covered, word for word, by the
 * other specs.
 */
import { expect, type Page, test } from '@playwright/test';

const status = (page: Page) => page.locator('recipe-scaler').getByRole('status');

test('the scaler reports the batch, its notes and its mixes in Spanish', async ({ page }) => {
  await page.goto('/es/recipes/pizza-dough/');
  await expect(status(page)).toHaveText('Un lote, tal como está escrito.');
  await page.getByRole('button', { name: '2×' }).click();
  await expect(status(page)).toHaveText('2 × el lote: 5 kg, 20 porciones.');

  await page.goto('/es/recipes/pizza-dough/?yield=30kg');
  await expect(page.locator('[data-mixes]')).toHaveText(/haz 2 mezclas iguales de 15 kg\. Cada línea muestra su cantidad por mezcla\.$/);
  await expect(page.locator('[data-note-for="0"]')).toContainText('9000 g por mezcla');

  await page.goto('/es/recipes/pizza-dough/?scale=abc');
  await expect(status(page)).toHaveText('No se puede ajustar: scale=abc no es un multiplicador: escribe scale=2, scale=0.5 o scale=1/2. Se muestra un lote.');
});

test('cook mode counts steps, and a timer runs and rings, in Spanish', async ({ page }) => {
  await page.clock.install();
  await page.goto('/es/recipes/margherita/cook/');
  const progress = page.locator('[data-cook-progress]');
  await expect(progress).toHaveText(/^Faltan \d+ pasos$/);
  const steps = Number((await progress.textContent())?.match(/\d+/)?.[0]);
  await page.getByRole('button', { name: 'Siguiente' }).click();
  await expect(progress).toHaveText(`Paso 1 de ${steps}`);

  for (let i = 1; i < 4; i++) await page.getByRole('button', { name: 'Siguiente' }).click();
  await page.getByRole('button', { name: /^Iniciar temporizador · / }).click();
  const tray = page.getByRole('region', { name: 'Temporizadores en marcha' });
  await expect(tray).toContainText(', paso 4');
  await expect(tray.getByRole('button', { name: /^Cancelar temporizador: / })).toBeVisible();

  await page.clock.fastForward('30:00');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Se acabó el tiempo');
  await alert.getByRole('button', { name: 'Apagar' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the checklist counts, judges readings and stamps them in Spanish', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-29T14:05:00Z'));
  await page.goto('/es/procedures/two-stage-cooling/');
  const progress = page.locator('[data-progress]');
  await expect(progress).toHaveText('Hechos: 0 de 6');
  await page.locator('#step-2').getByRole('checkbox').check();
  await expect(progress).toHaveText('Hechos: 1 de 6');
  await expect(page.locator('#step-2 [data-stamp]')).toHaveText(/^Registrado \d\d:\d\d$/);

  const reading = page.getByLabel('Lectura, paso 4', { exact: true });
  await reading.fill('30');
  const alert = page.locator('#step-4').getByRole('alert');
  await expect(alert).toContainText('Fuera del límite: 30 °C está por encima de Centro ≤ 21 °C (70 °F) en un plazo de 2 h.');
  await expect(alert).toContainText('Haz esto ahora:');
  await reading.fill('18');
  await expect(page.locator('#step-4').getByRole('status')).toHaveText('Dentro del límite: 18 °C cumple Centro ≤ 21 °C (70 °F) en un plazo de 2 h.');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar CSV' }).click();
  const file = await (await download).createReadStream();
  let csv = '';
  for await (const chunk of file) csv += String(chunk);
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
    'Procedimiento,Paso,Texto del paso,Hecho,Lectura,Unidad,Dentro del límite,Acción correctiva mostrada,Hora,Nota,Iniciales,Inicio del turno',
  );
});

test('search speaks Spanish: its prompt and its filters', async ({ page }) => {
  await page.goto('/es/search/');
  await expect(page.locator('binder-search [data-status]')).toHaveText('Escribe un ingrediente, un plato o una tarea, o elige un filtro.');
  await expect(page.locator('binder-search legend', { hasText: 'Sección' })).toBeVisible();
  await expect(page.locator('binder-search legend', { hasText: 'Libre de' })).toBeVisible();
  // The allergens to be free from are named as the Spanish pages name them.
  await expect(page.locator('fieldset', { hasText: 'Libre de' }).getByLabel('Leche', { exact: true })).toBeVisible();
  await page.locator('binder-search').getByRole('searchbox', { name: 'Buscar', exact: true }).fill('tomate');
  await expect(page.locator('binder-search [data-status]')).toHaveText(/^\d+ resultados?\.$/);
});
