/** Governance records for tests: one kitchen with the food-safety role, rules asking for it, and a trial. */

export const KITCHEN = `name: Harbour Lane
repository: https://github.com/harbour-lane/binder
logins:
  - harbour-lane-kitchen
roles:
  - food-safety
`;

export const RULES = `maintainers:
  - ana
rules:
  - name: Allergens
    when:
      - allergen-added
    needs:
      kitchens: 1
      role: food-safety
otherwise:
  maintainers: 1
override:
  maintainers: 2
`;

export const TRIAL = `entry: recipes/pizza
revision: 0123456789ab
kitchen: harbour-lane
date: 2026-11-12
batches: 1
outcome: adopt
`;
