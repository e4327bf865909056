import { z } from 'astro/zod';
import { keyedList } from './keyed-list.ts';
import { referencesTo, referenceTo } from './reference.ts';
import { line, paragraph } from './text.ts';

/** What part of opening a location the guide covers. */
export const SetupTopicSchema = z.enum([
  'site-and-layout',
  'equipment',
  'permits-and-inspections',
  'suppliers',
  'staffing',
  'opening-plan',
]);

/** A piece of equipment to buy or install, with how many. */
export const EquipmentItemSchema = z.strictObject({
  /** The equipment, by slug. */
  equipment: referenceTo('equipment'),
  /** How many a location needs. */
  count: z.int().positive(),
  /** Sizing or installation note. */
  note: line(160).optional(),
});

/** A task on the road to opening day. */
export const SetupTaskSchema = z.strictObject({
  /** What must be done. */
  text: paragraph(300),
  /** When it must be done by, in weeks before opening day. */
  weeksBeforeOpening: z.number().nonnegative().optional(),
  /** Who is responsible: "Owner", "General manager". */
  owner: line(40).optional(),
});

/** A role in the opening team. */
export const StaffRoleSchema = z.strictObject({
  /** Job title. */
  title: line(60),
  /** How many people a location needs in this role. */
  headcount: z.number().positive(),
  /** What the role is responsible for. */
  responsibilities: paragraph(400),
});

export const SetupGuideSchema = z.strictObject({
  /** Name of the guide. */
  title: line(80),
  /** What the guide gets done, in one or two sentences. */
  summary: paragraph(280),
  /** The part of opening it covers. */
  topic: SetupTopicSchema,
  /** Position in the reading order of the setup section (1 first). */
  order: z.int().positive(),
  /** Equipment a location needs. */
  equipment: keyedList(EquipmentItemSchema, ['equipment']).optional(),
  /** Stations to set up, by slug. */
  stations: referencesTo('stations').optional(),
  /** Ingredients whose purchasing specs suppliers must meet, by slug. */
  ingredients: referencesTo('ingredients').optional(),
  /** Procedures staff must know before opening, by slug. */
  procedures: referencesTo('procedures').optional(),
  /** Tasks with their deadlines. */
  tasks: keyedList(SetupTaskSchema, ['text']).optional(),
  /** Roles and headcount. */
  roles: keyedList(StaffRoleSchema, ['title']).optional(),
});

export type SetupGuide = z.infer<typeof SetupGuideSchema>;
