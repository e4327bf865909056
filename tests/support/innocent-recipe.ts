/**
 * Frontmatter of a recipe that is valid in the sample binder, so that in a hostile
 * file only the payload after it can be what stops the build.
 */
export const INNOCENT_RECIPE_FRONTMATTER = `---
title: Innocent focaccia
summary: Looks like any other recipe.
course: component
category: Bread
stations:
  - pizza-bench
yield:
  quantity: 1
  unit: kg
ingredients:
  - ingredient: flour-00
    quantity: 1000
    unit: g
steps:
  - text: Mix @flour-00 with water.
---
`;
