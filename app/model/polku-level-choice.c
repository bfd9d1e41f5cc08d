/* polku-level-choice.c: one level a competence can be given, with its criteria.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-level-choice"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-catalogue-text.h"
#include "polku-level-choice.h"

struct _PolkuLevelChoice
{
  GObject    parent_instance;

  int        level_id;
  int        scale_id;
  int        ord;
  char      *label;
  char      *short_label;
  char      *koodi_uri;
  GPtrArray *criteria;
  char      *criteria_text;
  gboolean   area_matched;
  char      *note;
};

G_DEFINE_FINAL_TYPE (PolkuLevelChoice, polku_level_choice, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PolkuScaleKind, polku_scale_kind,
  G_DEFINE_ENUM_VALUE (POLKU_SCALE_KIND_NONE, "none"),
  G_DEFINE_ENUM_VALUE (POLKU_SCALE_KIND_PASS_FAIL, "pass-fail"),
  G_DEFINE_ENUM_VALUE (POLKU_SCALE_KIND_TUVA, "tuva"),
  G_DEFINE_ENUM_VALUE (POLKU_SCALE_KIND_T1_K3, "t1-k3"),
  G_DEFINE_ENUM_VALUE (POLKU_SCALE_KIND_GENERIC_1_5, "generic-1-5"),
  G_DEFINE_ENUM_VALUE (POLKU_SCALE_KIND_UNIT_1_5, "unit-1-5"))

enum {
  PROP_0,
  PROP_LEVEL_ID,
  PROP_LABEL,
  PROP_SHORT_LABEL,
  PROP_HAS_CRITERIA,
  PROP_CRITERIA_TEXT,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* GObject overrides */

static void
polku_level_choice_finalize (GObject *object)
{
  PolkuLevelChoice *self = (PolkuLevelChoice *)object;

  g_free (self->label);
  g_free (self->short_label);
  g_free (self->koodi_uri);
  g_clear_pointer (&self->criteria, g_ptr_array_unref);
  g_free (self->criteria_text);
  g_free (self->note);

  G_OBJECT_CLASS (polku_level_choice_parent_class)->finalize (object);
}

static void
polku_level_choice_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PolkuLevelChoice *self = POLKU_LEVEL_CHOICE (object);

  switch (prop_id)
    {
    case PROP_LEVEL_ID:
      g_value_set_int (value, self->level_id);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_SHORT_LABEL:
      g_value_set_string (value, self->short_label);
      break;

    case PROP_HAS_CRITERIA:
      g_value_set_boolean (value, self->criteria->len > 0);
      break;

    case PROP_CRITERIA_TEXT:
      g_value_set_string (value, self->criteria_text);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_level_choice_class_init (PolkuLevelChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_level_choice_finalize;
  object_class->get_property = polku_level_choice_get_property;

  /* The scale_level id stored on a competence */
  properties [PROP_LEVEL_ID] =
    g_param_spec_int ("level-id", NULL, NULL, 0, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /* "Tyydyttävä 1", "Hyvä H2", "Hyväksytty" */
  properties [PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /* "1", "H2", "Hyväksytty" */
  properties [PROP_SHORT_LABEL] =
    g_param_spec_string ("short-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /* Whether the level has criteria of its own */
  properties [PROP_HAS_CRITERIA] =
    g_param_spec_boolean ("has-criteria", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /* The criteria, one per line, or NULL */
  properties [PROP_CRITERIA_TEXT] =
    g_param_spec_string ("criteria-text", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /* For a level without criteria: which levels it lies between */
  properties [PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_level_choice_init (PolkuLevelChoice *self)
{
  self->criteria = g_ptr_array_new_with_free_func (g_free);
}

/* Getters */

int
polku_level_choice_get_level_id (PolkuLevelChoice *self)
{
  g_return_val_if_fail (POLKU_IS_LEVEL_CHOICE (self), 0);
  return self->level_id;
}

int
polku_level_choice_get_scale_id (PolkuLevelChoice *self)
{
  g_return_val_if_fail (POLKU_IS_LEVEL_CHOICE (self), 0);
  return self->scale_id;
}

int
polku_level_choice_get_ord (PolkuLevelChoice *self)
{
  g_return_val_if_fail (POLKU_IS_LEVEL_CHOICE (self), 0);
  return self->ord;
}

const char *
polku_level_choice_get_label (PolkuLevelChoice *self)
{
  g_return_val_if_fail (POLKU_IS_LEVEL_CHOICE (self), NULL);
  return self->label;
}

const char *
polku_level_choice_get_short_label (PolkuLevelChoice *self)
{
  g_return_val_if_fail (POLKU_IS_LEVEL_CHOICE (self), NULL);
  return self->short_label;
}

/* The Koski code of the grade, e.g. arviointiasteikkoammatillinen15_3. */
const char *
polku_level_choice_get_koodi_uri (PolkuLevelChoice *self)
{
  g_return_val_if_fail (POLKU_IS_LEVEL_CHOICE (self), NULL);
  return self->koodi_uri;
}

gboolean
polku_level_choice_get_has_criteria (PolkuLevelChoice *self)
{
  g_return_val_if_fail (POLKU_IS_LEVEL_CHOICE (self), FALSE);
  return self->criteria->len > 0;
}

/* "• first\n• second", or NULL */
const char *
polku_level_choice_get_criteria_text (PolkuLevelChoice *self)
{
  g_return_val_if_fail (POLKU_IS_LEVEL_CHOICE (self), NULL);
  return self->criteria_text;
}

/**
 * polku_level_choice_get_criteria:
 *
 * Returns: (transfer none) (element-type utf8): each criterion of the level
 */
GPtrArray *
polku_level_choice_get_criteria (PolkuLevelChoice *self)
{
  g_return_val_if_fail (POLKU_IS_LEVEL_CHOICE (self), NULL);
  return self->criteria;
}

/* Whether the criteria are those of the requirement's own assessment area
 * (older perusteet assess each requirement as an area of its own). */
gboolean
polku_level_choice_get_area_matched (PolkuLevelChoice *self)
{
  g_return_val_if_fail (POLKU_IS_LEVEL_CHOICE (self), FALSE);
  return self->area_matched;
}

const char *
polku_level_choice_get_note (PolkuLevelChoice *self)
{
  g_return_val_if_fail (POLKU_IS_LEVEL_CHOICE (self), NULL);
  return self->note;
}

/* Building */

static gboolean
is_tuva (const PolkuUnitRecord *unit)
{
  return g_strcmp0 (unit->kind, "koulutuksen_osa") == 0 || g_strcmp0 (unit->koulutustyyppi, "koulutustyyppi_40") == 0;
}

/**
 * polku_scale_kind_for_unit:
 * @criteria: (element-type PolkuCriterionRecord) (nullable): the unit's
 *   criteria as polku_store_catalogue_list_criteria() reads them
 */
PolkuScaleKind
polku_scale_kind_for_unit (const PolkuUnitRecord *unit,
                           GPtrArray             *criteria)
{
  g_return_val_if_fail (unit != NULL, POLKU_SCALE_KIND_NONE);

  switch (unit->scale_id)
    {
    case 1:
      return is_tuva (unit) ? POLKU_SCALE_KIND_TUVA : POLKU_SCALE_KIND_PASS_FAIL;
    case 2:
      return POLKU_SCALE_KIND_T1_K3;
    case 3:
      for (guint i = 0; criteria != NULL && i < criteria->len; i++)
        {
          PolkuCriterionRecord *criterion = g_ptr_array_index (criteria, i);

          if (g_strcmp0 (criterion->owner, "generic") != 0)
            return POLKU_SCALE_KIND_UNIT_1_5;
        }
      return POLKU_SCALE_KIND_GENERIC_1_5;
    default:
      return POLKU_SCALE_KIND_NONE;
    }
}

static char *
koodi_uri_for (PolkuScaleKind kind,
               int            ord)
{
  switch (kind)
    {
    case POLKU_SCALE_KIND_TUVA:
      return g_strdup ("arviointiasteikkotuva_hyvaksytty");
    case POLKU_SCALE_KIND_PASS_FAIL:
      return g_strdup ("arviointiasteikkoammatillinenhyvaksyttyhylatty_hyvaksytty");
    case POLKU_SCALE_KIND_T1_K3:
      return g_strdup_printf ("arviointiasteikkoammatillinent1k3_%d", ord);
    case POLKU_SCALE_KIND_GENERIC_1_5:
    case POLKU_SCALE_KIND_UNIT_1_5:
      return g_strdup_printf ("arviointiasteikkoammatillinen15_%d", ord);
    case POLKU_SCALE_KIND_NONE:
    default:
      return NULL;
    }
}

/* "Tyydyttävä 1" → "1", "Kiitettävä K3" → "K3"; "Hyväksytty" stays whole. */
static char *
short_label_of (const char *label)
{
  const char *space;

  if (label == NULL)
    return g_strdup ("");

  space = strrchr (label, ' ');
  if (space != NULL && space[1] != '\0' && g_utf8_strlen (space + 1, -1) <= 3)
    return g_strdup (space + 1);

  return g_strdup (label);
}

/* Older perusteet assess each of a unit's own requirements as an area of its
 * own, in the same order: the requirement's area, or -1 when they do not pair. */
static int
matching_area (GPtrArray                    *criteria,
               GPtrArray                    *requirements,
               const PolkuRequirementRecord *requirement)
{
  g_autoptr(GHashTable) areas = g_hash_table_new (NULL, NULL);
  int position = -1;
  guint n_own = 0;

  if (requirements == NULL || requirement == NULL || requirement->osa_alue_id != 0 || requirement->depth != 0)
    return -1;

  for (guint i = 0; i < requirements->len; i++)
    {
      PolkuRequirementRecord *r = g_ptr_array_index (requirements, i);

      if (r->osa_alue_id != 0 || r->depth != 0)
        continue;
      if (r->requirement_id == requirement->requirement_id)
        position = (int) n_own;
      n_own++;
    }

  for (guint i = 0; i < criteria->len; i++)
    {
      PolkuCriterionRecord *criterion = g_ptr_array_index (criteria, i);

      if (g_strcmp0 (criterion->owner, "unit") == 0 && criterion->area_ord >= 0)
        g_hash_table_add (areas, GINT_TO_POINTER (criterion->area_ord + 1));
    }

  if (position < 0 || n_own < 2 || g_hash_table_size (areas) != n_own)
    return -1;

  /* The areas must be exactly 0 … n-1 to pair by position. */
  for (guint i = 0; i < n_own; i++)
    if (!g_hash_table_contains (areas, GINT_TO_POINTER ((int) i + 1)))
      return -1;

  return position;
}

static gboolean
criterion_applies (const PolkuCriterionRecord   *criterion,
                   const PolkuRequirementRecord *requirement,
                   gboolean                      osa_alue_has_own,
                   int                           area)
{
  if (requirement == NULL)
    return TRUE;

  if (requirement->osa_alue_id != 0)
    return !osa_alue_has_own || criterion->osa_alue_id == requirement->osa_alue_id;

  if (g_strcmp0 (criterion->owner, "osa_alue") == 0)
    return FALSE;

  if (area >= 0)
    return g_strcmp0 (criterion->owner, "unit") == 0 && criterion->area_ord == area;

  return TRUE;
}

/**
 * polku_level_choices_build:
 * @unit: the unit
 * @scale_levels: (element-type PolkuScaleLevelRecord): every scale level
 *   (polku_store_catalogue_list_scale_levels (store, 0, …))
 * @criteria: (element-type PolkuCriterionRecord): the unit's criteria
 * @requirements: (element-type PolkuRequirementRecord) (nullable): the unit's
 *   requirements, to pair a requirement with its assessment area
 * @requirement: (nullable): the requirement the choice is for; %NULL: the unit
 * @language: "fi" or "sv"
 * @out_kind: (out) (optional): the unit's kind of scale
 *
 * Every level of the unit's scale, in order: 1–5 offers all five levels even
 * when only 1, 3 and 5 have criteria (2 and 4 then say which they lie
 * between); T1/H2/K3 three; pass/fail and TUVA "Hyväksytty" only (not
 * passing is not a level of competence); a unit without a scale none. The
 * criteria of a common unit's objective are those of its osa-alue.
 *
 * Returns: (transfer full): a #GListStore of #PolkuLevelChoice
 */
GListStore *
polku_level_choices_build (const PolkuUnitRecord        *unit,
                           GPtrArray                    *scale_levels,
                           GPtrArray                    *criteria,
                           GPtrArray                    *requirements,
                           const PolkuRequirementRecord *requirement,
                           const char                   *language,
                           PolkuScaleKind               *out_kind)
{
  g_autoptr(GListStore) store = g_list_store_new (POLKU_TYPE_LEVEL_CHOICE);
  gboolean swedish = g_strcmp0 (language, "sv") == 0;
  gboolean osa_alue_has_own = FALSE;
  PolkuScaleKind kind;
  int area;

  g_return_val_if_fail (unit != NULL, NULL);
  g_return_val_if_fail (scale_levels != NULL, NULL);
  g_return_val_if_fail (criteria != NULL, NULL);

  kind = polku_scale_kind_for_unit (unit, criteria);
  if (out_kind != NULL)
    *out_kind = kind;

  if (kind == POLKU_SCALE_KIND_NONE)
    return g_steal_pointer (&store);

  area = matching_area (criteria, requirements, requirement);
  for (guint i = 0; requirement != NULL && requirement->osa_alue_id != 0 && i < criteria->len; i++)
    osa_alue_has_own |= ((PolkuCriterionRecord *) g_ptr_array_index (criteria, i))->osa_alue_id == requirement->osa_alue_id;

  for (guint i = 0; i < scale_levels->len; i++)
    {
      PolkuScaleLevelRecord *level = g_ptr_array_index (scale_levels, i);
      g_autoptr(PolkuLevelChoice) choice = NULL;
      GString *text;

      if (level->scale_id != unit->scale_id)
        continue;

      choice = g_object_new (POLKU_TYPE_LEVEL_CHOICE, NULL);
      choice->level_id = level->level_id;
      choice->scale_id = level->scale_id;
      choice->ord = level->ord;
      choice->label = g_strdup (polku_catalogue_text_pick (level->label_fi, level->label_sv, level->label_en,
                                                           swedish, NULL));
      choice->short_label = short_label_of (choice->label);
      choice->koodi_uri = koodi_uri_for (kind, level->ord);
      choice->area_matched = area >= 0;

      text = g_string_new (NULL);
      for (guint j = 0; j < criteria->len; j++)
        {
          PolkuCriterionRecord *criterion = g_ptr_array_index (criteria, j);
          const char *criterion_text;

          if (criterion->level_id != level->level_id ||
              !criterion_applies (criterion, requirement, osa_alue_has_own, area))
            continue;

          criterion_text = polku_catalogue_text_pick (criterion->text_fi, criterion->text_sv, criterion->text_en,
                                                      swedish, NULL);
          if (criterion_text == NULL)
            continue;

          g_ptr_array_add (choice->criteria, g_strdup (criterion_text));
          if (text->len > 0)
            g_string_append_c (text, '\n');
          g_string_append_printf (text, "• %s", criterion_text);
        }
      choice->criteria_text = text->len > 0 ? g_string_free (text, FALSE) : (g_string_free (text, TRUE), NULL);

      g_list_store_append (store, choice);
    }

  /* A level without criteria of its own lies between its neighbours that have them. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(PolkuLevelChoice) choice = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autoptr(PolkuLevelChoice) below = NULL;
      g_autoptr(PolkuLevelChoice) above = NULL;

      if (choice->criteria->len > 0)
        continue;

      for (guint j = i; j > 0 && below == NULL; j--)
        {
          g_autoptr(PolkuLevelChoice) other = g_list_model_get_item (G_LIST_MODEL (store), j - 1);

          if (other->criteria->len > 0)
            below = g_steal_pointer (&other);
        }
      for (guint j = i + 1; j < g_list_model_get_n_items (G_LIST_MODEL (store)) && above == NULL; j++)
        {
          g_autoptr(PolkuLevelChoice) other = g_list_model_get_item (G_LIST_MODEL (store), j);

          if (other->criteria->len > 0)
            above = g_steal_pointer (&other);
        }

      if (below != NULL && above != NULL)
        /* Translators: a level of the 1–5 scale without criteria of its own, e.g. "Between the criteria of 1 and 3". */
        choice->note = g_strdup_printf (_("Between the criteria of %s and %s"), below->short_label, above->short_label);
    }

  return g_steal_pointer (&store);
}

/**
 * polku_level_choices_for_unit:
 *
 * polku_level_choices_build() for a unit as a whole, read from the store.
 *
 * Returns: (transfer full): a #GListStore of #PolkuLevelChoice, or %NULL with @error set
 */
GListStore *
polku_level_choices_for_unit (PolkuStore      *store,
                              gint64           unit_id,
                              const char      *language,
                              PolkuScaleKind  *out_kind,
                              GError         **error)
{
  g_autoptr(PolkuUnitRecord) unit = NULL;
  g_autoptr(GPtrArray) levels = NULL;
  g_autoptr(GPtrArray) criteria = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  if ((unit = polku_store_catalogue_get_unit (store, unit_id, error)) == NULL ||
      (levels = polku_store_catalogue_list_scale_levels (store, 0, error)) == NULL ||
      (criteria = polku_store_catalogue_list_criteria (store, unit_id, error)) == NULL)
    return NULL;

  return polku_level_choices_build (unit, levels, criteria, NULL, NULL, language, out_kind);
}

/**
 * polku_level_choices_for_requirement:
 *
 * polku_level_choices_build() for one requirement, read from the store.
 *
 * Returns: (transfer full): a #GListStore of #PolkuLevelChoice, or %NULL with @error set
 */
GListStore *
polku_level_choices_for_requirement (PolkuStore      *store,
                                     gint64           requirement_id,
                                     const char      *language,
                                     PolkuScaleKind  *out_kind,
                                     GError         **error)
{
  g_autoptr(PolkuUnitRecord) unit = NULL;
  g_autoptr(GPtrArray) levels = NULL;
  g_autoptr(GPtrArray) criteria = NULL;
  g_autoptr(GPtrArray) requirements = NULL;
  const PolkuRequirementRecord *requirement = NULL;
  gint64 unit_id;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  unit_id = polku_store_catalogue_find_requirement_unit (store, requirement_id, error);
  if (unit_id == 0)
    return NULL;

  if ((unit = polku_store_catalogue_get_unit (store, unit_id, error)) == NULL ||
      (levels = polku_store_catalogue_list_scale_levels (store, 0, error)) == NULL ||
      (criteria = polku_store_catalogue_list_criteria (store, unit_id, error)) == NULL ||
      (requirements = polku_store_catalogue_list_requirements (store, unit_id, error)) == NULL)
    return NULL;

  for (guint i = 0; i < requirements->len; i++)
    if (((PolkuRequirementRecord *) g_ptr_array_index (requirements, i))->requirement_id == requirement_id)
      requirement = g_ptr_array_index (requirements, i);

  return polku_level_choices_build (unit, levels, criteria, requirements, requirement, language, out_kind);
}

/**
 * polku_level_choices_find:
 *
 * Returns: (transfer none) (nullable): the choice with @level_id, or %NULL
 */
PolkuLevelChoice *
polku_level_choices_find (GListModel *choices,
                          int         level_id)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (choices), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(PolkuLevelChoice) choice = g_list_model_get_item (choices, i);

      if (choice->level_id == level_id)
        return choice;    /* the model keeps its reference */
    }

  return NULL;
}
