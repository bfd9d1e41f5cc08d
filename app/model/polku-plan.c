/* polku-plan.c: a learner's pathway plan: its target, and (as a GListModel)
 * the chosen units, with the credit rules of the target's structure and the
 * learner's progress.
 *
 * Follows the store: any committed change to learners, workshops or the
 * catalogue reloads it (a few queries, whatever the size of the plan), and the
 * unit objects are kept by id. When the learner is erased, the plan empties
 * and "gone" turns TRUE.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-learner-model-private.h"
#include "polku-model-record-private.h"
#include "polku-model-snapshot-private.h"
#include "polku-plan.h"

struct _PolkuPlan
{
  GObject             parent_instance;

  /* Owned */
  PolkuStore         *store;
  gint64              learner_id;
  PolkuPlanRecord    *record;
  PolkuCreditSummary *summary;
  GPtrArray          *items;          /* PolkuPlanUnit */
  char               *language;
  gboolean            gone;
  double              credits_complete;
  guint               n_units_complete;
  gulong              handlers[4];
};

static void polku_plan_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PolkuPlan, polku_plan, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, polku_plan_list_model_init))

G_DEFINE_ENUM_TYPE (PolkuPlanTarget, polku_plan_target,
  G_DEFINE_ENUM_VALUE (POLKU_PLAN_TARGET_NONE, "none"),
  G_DEFINE_ENUM_VALUE (POLKU_PLAN_TARGET_QUALIFICATION, "qualification"),
  G_DEFINE_ENUM_VALUE (POLKU_PLAN_TARGET_TUVA, "tuva"),
  G_DEFINE_ENUM_VALUE (POLKU_PLAN_TARGET_TELMA, "telma"))

enum {
  PROP_0,
  PROP_LEARNER_ID,
  PROP_PLAN_ID,
  PROP_GONE,
  PROP_GOAL,
  PROP_PERUSTE_ID,
  PROP_PERUSTE_NAME,
  PROP_DIAARINUMERO,
  PROP_SUORITUSTAPA,
  PROP_OSAAMISALA_URI,
  PROP_TUTKINTONIMIKE_URI,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_TARGET,
  PROP_CREDIT_UNIT,
  PROP_CREDITS_CHOSEN,
  PROP_CREDITS_REQUIRED,
  PROP_CREDITS_COMPLETE,
  PROP_N_UNITS_COMPLETE,
  PROP_FRACTION,
  PROP_N_ITEMS,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static void
clear (PolkuPlan *self)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  _polku_list_model_replace (G_LIST_MODEL (self), self->items, none);
  g_clear_pointer (&self->summary, polku_credit_summary_free);
  self->credits_complete = 0;
  self->n_units_complete = 0;
}

static gboolean
reload (PolkuPlan  *self,
        GError    **error)
{
  g_autoptr(PolkuPlanRecord) record = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) progress = NULL;
  g_autoptr(GPtrArray) structure = NULL;
  g_autoptr(GPtrArray) new_items = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) progress_by_unit = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GError) local_error = NULL;
  g_autofree PolkuCreditChoice *choices = NULL;
  PolkuSnapshot *snapshot;

  snapshot = _polku_snapshot_take (G_OBJECT (self), properties, N_PROPS);

  record = polku_store_get_plan (self->store, self->learner_id, &local_error);
  if (record == NULL)
    {
      if (g_error_matches (local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND))
        {
          self->gone = TRUE;
          clear (self);
          _polku_snapshot_notify (snapshot);
          return TRUE;
        }
      _polku_snapshot_notify (snapshot);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if ((units = polku_store_list_plan_units (self->store, self->learner_id, error)) == NULL ||
      (progress = polku_store_list_plan_progress (self->store, self->learner_id, error)) == NULL)
    {
      _polku_snapshot_notify (snapshot);
      return FALSE;
    }

  if (record->peruste_id != 0 && record->suoritustapa != NULL)
    structure = polku_store_list_structure (self->store, record->peruste_id, record->suoritustapa, error);
  else
    structure = g_ptr_array_new ();
  if (structure == NULL)
    {
      _polku_snapshot_notify (snapshot);
      return FALSE;
    }

  choices = g_new0 (PolkuCreditChoice, MAX (units->len, 1));
  for (guint i = 0; i < units->len; i++)
    {
      PolkuPlanUnitRecord *unit = g_ptr_array_index (units, i);

      choices[i].unit_id = unit->unit_id;
      choices[i].credits = unit->credits;
      choices[i].group_path = unit->group_path;
      choices[i].default_credits = unit->unit_credits;
      /* A common unit taken in part counts its chosen osa-alueet. */
      if (!polku_credit_choice_set_osa_alueet (&choices[i], self->store, unit->osa_alue_ids, &local_error))
        {
          g_warning ("Could not read the osa-alueet of unit %" G_GINT64_FORMAT ": %s", unit->unit_id, local_error->message);
          g_clear_error (&local_error);
        }
    }

  for (guint i = 0; i < progress->len; i++)
    {
      PolkuUnitProgressRecord *p = g_ptr_array_index (progress, i);

      g_hash_table_insert (progress_by_unit, &p->unit_id, p);
    }

  g_clear_pointer (&self->record, polku_plan_record_free);
  self->record = g_steal_pointer (&record);
  g_clear_pointer (&self->summary, polku_credit_summary_free);
  self->summary = polku_credits_compute (structure, self->record->osaamisala_uri, self->record->tutkintonimike_uri,
                                         choices, units->len);
  self->gone = FALSE;
  self->credits_complete = 0;
  self->n_units_complete = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      PolkuPlanUnit *item = g_ptr_array_index (self->items, i);

      g_hash_table_insert (by_id, (gpointer) &polku_plan_unit_get_record (item)->plan_unit_id, item);
    }

  new_items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < units->len; i++)
    {
      PolkuPlanUnitRecord *unit = g_ptr_array_index (units, i);
      const PolkuUnitProgressRecord *p = g_hash_table_lookup (progress_by_unit, &unit->unit_id);
      const PolkuCreditPlacement *placement = g_ptr_array_index (self->summary->placements, i);
      PolkuPlanUnit *item = g_hash_table_lookup (by_id, &unit->plan_unit_id);

      if (item != NULL)
        {
          g_hash_table_remove (by_id, &unit->plan_unit_id);
          g_ptr_array_add (new_items, g_object_ref (item));
          _polku_plan_unit_update (item, unit, p, placement);
        }
      else
        g_ptr_array_add (new_items, _polku_plan_unit_new (self->store, unit, p, placement, self->language));

      if (p != NULL && p->complete)
        {
          self->n_units_complete++;
          if (placement->credits > 0)
            self->credits_complete += placement->credits;
        }
    }

  _polku_list_model_replace (G_LIST_MODEL (self), self->items, new_items);
  _polku_snapshot_notify (snapshot);
  return TRUE;
}

/* Callbacks */

static void
store_changed_cb (PolkuPlan *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    g_warning ("Could not reload the plan: %s", error->message);
}

static gboolean
save (PolkuPlan        *self,
      PolkuPlanRecord  *changed,
      GError          **error)
{
  /* The store tells every plan of the change; this one reloads with the rest. */
  return polku_store_update_plan (self->store, changed, error);
}

/* GListModel */

static GType
polku_plan_get_item_type (GListModel *model)
{
  return POLKU_TYPE_PLAN_UNIT;
}

static guint
polku_plan_get_n_items (GListModel *model)
{
  return POLKU_PLAN (model)->items->len;
}

static gpointer
polku_plan_get_item (GListModel *model,
                     guint       position)
{
  PolkuPlan *self = POLKU_PLAN (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
polku_plan_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = polku_plan_get_item_type;
  iface->get_n_items = polku_plan_get_n_items;
  iface->get_item = polku_plan_get_item;
}

/* GObject overrides */

static void
polku_plan_dispose (GObject *object)
{
  PolkuPlan *self = (PolkuPlan *)object;

  for (guint i = 0; i < G_N_ELEMENTS (self->handlers); i++)
    if (self->store != NULL)
      g_clear_signal_handler (&self->handlers[i], self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_plan_parent_class)->dispose (object);
}

static void
polku_plan_finalize (GObject *object)
{
  PolkuPlan *self = (PolkuPlan *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->record, polku_plan_record_free);
  g_clear_pointer (&self->summary, polku_credit_summary_free);
  g_free (self->language);

  G_OBJECT_CLASS (polku_plan_parent_class)->finalize (object);
}

static void
polku_plan_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PolkuPlan *self = POLKU_PLAN (object);
  const PolkuPlanRecord *record = self->record;

  switch (prop_id)
    {
    case PROP_LEARNER_ID:
      g_value_set_int64 (value, self->learner_id);
      break;
    case PROP_PLAN_ID:
      g_value_set_int64 (value, record != NULL ? record->plan_id : 0);
      break;
    case PROP_GONE:
      g_value_set_boolean (value, self->gone);
      break;
    case PROP_GOAL:
      g_value_set_string (value, polku_plan_get_goal (self));
      break;
    case PROP_PERUSTE_ID:
      g_value_set_int64 (value, polku_plan_get_peruste_id (self));
      break;
    case PROP_PERUSTE_NAME:
      g_value_set_string (value, polku_plan_get_peruste_name (self));
      break;
    case PROP_DIAARINUMERO:
      g_value_set_string (value, polku_plan_get_diaarinumero (self));
      break;
    case PROP_SUORITUSTAPA:
      g_value_set_string (value, polku_plan_get_suoritustapa (self));
      break;
    case PROP_OSAAMISALA_URI:
      g_value_set_string (value, polku_plan_get_osaamisala_uri (self));
      break;
    case PROP_TUTKINTONIMIKE_URI:
      g_value_set_string (value, polku_plan_get_tutkintonimike_uri (self));
      break;
    case PROP_STARTS_ON:
      g_value_set_string (value, polku_plan_get_starts_on (self));
      break;
    case PROP_ENDS_ON:
      g_value_set_string (value, polku_plan_get_ends_on (self));
      break;
    case PROP_TARGET:
      g_value_set_enum (value, polku_plan_get_target (self));
      break;
    case PROP_CREDIT_UNIT:
      g_value_set_int (value, polku_plan_get_credit_unit (self));
      break;
    case PROP_CREDITS_CHOSEN:
      g_value_set_double (value, polku_plan_get_credits_chosen (self));
      break;
    case PROP_CREDITS_REQUIRED:
      g_value_set_double (value, polku_plan_get_credits_required (self));
      break;
    case PROP_CREDITS_COMPLETE:
      g_value_set_double (value, self->credits_complete);
      break;
    case PROP_N_UNITS_COMPLETE:
      g_value_set_uint (value, self->n_units_complete);
      break;
    case PROP_FRACTION:
      g_value_set_double (value, polku_plan_get_fraction (self));
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_plan_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_LANGUAGE:
      polku_plan_set_language (POLKU_PLAN (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
polku_plan_class_init (PolkuPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_plan_dispose;
  object_class->finalize = polku_plan_finalize;
  object_class->get_property = polku_plan_get_property;
  object_class->set_property = polku_plan_set_property;

  properties [PROP_LEARNER_ID] = g_param_spec_int64 ("learner-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  /* 0 until the plan is first saved */
  properties [PROP_PLAN_ID] = g_param_spec_int64 ("plan-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  /* The learner was erased */
  properties [PROP_GONE] = g_param_spec_boolean ("gone", NULL, NULL, FALSE, RO);
  /* The goal in the learner's own words */
  properties [PROP_GOAL] = g_param_spec_string ("goal", NULL, NULL, NULL, RO);
  properties [PROP_PERUSTE_ID] = g_param_spec_int64 ("peruste-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties [PROP_PERUSTE_NAME] = g_param_spec_string ("peruste-name", NULL, NULL, NULL, RO);
  properties [PROP_DIAARINUMERO] = g_param_spec_string ("diaarinumero", NULL, NULL, NULL, RO);
  properties [PROP_SUORITUSTAPA] = g_param_spec_string ("suoritustapa", NULL, NULL, NULL, RO);
  properties [PROP_OSAAMISALA_URI] = g_param_spec_string ("osaamisala-uri", NULL, NULL, NULL, RO);
  properties [PROP_TUTKINTONIMIKE_URI] = g_param_spec_string ("tutkintonimike-uri", NULL, NULL, NULL, RO);
  properties [PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, NULL, RO);
  properties [PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, NULL, RO);
  properties [PROP_TARGET] =
    g_param_spec_enum ("target", NULL, NULL, POLKU_TYPE_PLAN_TARGET, POLKU_PLAN_TARGET_NONE, RO);
  /* A PolkuCreditUnit: credits, or weeks for TUVA */
  properties [PROP_CREDIT_UNIT] = g_param_spec_int ("credit-unit", NULL, NULL, 0, G_MAXINT, 0, RO);
  /* The credits of every chosen unit */
  properties [PROP_CREDITS_CHOSEN] = g_param_spec_double ("credits-chosen", NULL, NULL, 0, G_MAXDOUBLE, 0, RO);
  /* What the whole qualification asks (180), < 0 when not known */
  properties [PROP_CREDITS_REQUIRED] = g_param_spec_double ("credits-required", NULL, NULL, -1, G_MAXDOUBLE, -1, RO);
  /* The credits of the chosen units that are completely identified */
  properties [PROP_CREDITS_COMPLETE] = g_param_spec_double ("credits-complete", NULL, NULL, 0, G_MAXDOUBLE, 0, RO);
  properties [PROP_N_UNITS_COMPLETE] = g_param_spec_uint ("n-units-complete", NULL, NULL, 0, G_MAXUINT, 0, RO);
  /* credits-complete / credits-chosen */
  properties [PROP_FRACTION] = g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0, RO);
  properties [PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "fi",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_plan_init (PolkuPlan *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->language = g_strdup ("fi");
}

/* Public API */

/**
 * polku_plan_new:
 *
 * Returns: (transfer full): the learner's plan, loaded (a learner without a
 *   plan yet has an empty one, saved on the first edit)
 */
PolkuPlan *
polku_plan_new (PolkuStore *store,
                gint64      learner_id)
{
  g_autoptr(GError) error = NULL;
  PolkuPlan *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  self = g_object_new (POLKU_TYPE_PLAN, NULL);
  self->store = g_object_ref (store);
  self->learner_id = learner_id;
  self->handlers[0] = g_signal_connect_swapped (store, "changed::learners", G_CALLBACK (store_changed_cb), self);
  self->handlers[1] = g_signal_connect_swapped (store, "changed::workshop", G_CALLBACK (store_changed_cb), self);
  self->handlers[2] = g_signal_connect_swapped (store, "changed::catalogue", G_CALLBACK (store_changed_cb), self);
  self->handlers[3] = g_signal_connect_swapped (store, "reset", G_CALLBACK (store_changed_cb), self);

  if (!reload (self, &error))
    g_warning ("Could not load the plan: %s", error->message);

  return self;
}

gboolean
polku_plan_reload (PolkuPlan  *self,
                   GError    **error)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), FALSE);
  return reload (self, error);
}

PolkuStore *
polku_plan_get_store (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);
  return self->store;
}

/**
 * polku_plan_get_record:
 *
 * Returns: (transfer none) (nullable): the plan's row, %NULL when gone
 */
const PolkuPlanRecord *
polku_plan_get_record (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);
  return self->record;
}

gint64
polku_plan_get_learner_id (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), 0);
  return self->learner_id;
}

gboolean
polku_plan_get_gone (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), FALSE);
  return self->gone;
}

#define RECORD_TEXT(member) (self->record != NULL && !self->gone ? self->record->member : NULL)

const char *
polku_plan_get_goal (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);
  return RECORD_TEXT (goal);
}

gint64
polku_plan_get_peruste_id (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), 0);
  return self->record != NULL && !self->gone ? self->record->peruste_id : 0;
}

const char *
polku_plan_get_peruste_name (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);

  if (self->record == NULL || self->gone)
    return NULL;

  return polku_catalogue_pick_text (self->record->peruste_nimi_fi, self->record->peruste_nimi_sv, self->language);
}

const char *
polku_plan_get_diaarinumero (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);
  return RECORD_TEXT (diaarinumero);
}

const char *
polku_plan_get_suoritustapa (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);
  return RECORD_TEXT (suoritustapa);
}

const char *
polku_plan_get_osaamisala_uri (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);
  return RECORD_TEXT (osaamisala_uri);
}

const char *
polku_plan_get_tutkintonimike_uri (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);
  return RECORD_TEXT (tutkintonimike_uri);
}

const char *
polku_plan_get_starts_on (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);
  return RECORD_TEXT (starts_on);
}

const char *
polku_plan_get_ends_on (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);
  return RECORD_TEXT (ends_on);
}

#undef RECORD_TEXT

PolkuPlanTarget
polku_plan_get_target (PolkuPlan *self)
{
  const char *koulutustyyppi;

  g_return_val_if_fail (POLKU_IS_PLAN (self), POLKU_PLAN_TARGET_NONE);

  if (self->record == NULL || self->gone || self->record->peruste_id == 0)
    return POLKU_PLAN_TARGET_NONE;

  koulutustyyppi = self->record->koulutustyyppi;
  if (g_strcmp0 (koulutustyyppi, "koulutustyyppi_40") == 0)
    return POLKU_PLAN_TARGET_TUVA;
  if (g_strcmp0 (koulutustyyppi, "koulutustyyppi_5") == 0)
    return POLKU_PLAN_TARGET_TELMA;

  return POLKU_PLAN_TARGET_QUALIFICATION;
}

PolkuCreditUnit
polku_plan_get_credit_unit (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), POLKU_CREDIT_UNIT_POINTS);

  if (self->record == NULL)
    return POLKU_CREDIT_UNIT_POINTS;

  return polku_credit_unit_from_string (self->record->laajuus_yksikko);
}

double
polku_plan_get_credits_chosen (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), 0);
  return self->summary != NULL ? self->summary->total_chosen : 0;
}

double
polku_plan_get_credits_required (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), -1);
  return self->summary != NULL ? self->summary->total_required : -1;
}

double
polku_plan_get_credits_complete (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), 0);
  return self->credits_complete;
}

guint
polku_plan_get_n_units_complete (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), 0);
  return self->n_units_complete;
}

double
polku_plan_get_fraction (PolkuPlan *self)
{
  double chosen;

  g_return_val_if_fail (POLKU_IS_PLAN (self), 0);

  chosen = polku_plan_get_credits_chosen (self);
  if (chosen <= 0)
    return 0;

  return MIN (1.0, self->credits_complete / chosen);
}

/**
 * polku_plan_get_credit_summary:
 *
 * Returns: (transfer none) (nullable): the structure groups of the plan's
 *   context with their rules and the credits chosen in each
 */
const PolkuCreditSummary *
polku_plan_get_credit_summary (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);
  return self->summary;
}

/**
 * polku_plan_dup_credit_lines:
 *
 * Returns: (transfer full): one line per group of the context that has a rule,
 *   e.g. "Pakolliset tutkinnon osat 45 credits: 45 credits chosen"
 */
GStrv
polku_plan_dup_credit_lines (PolkuPlan *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);

  for (guint i = 0; self->summary != NULL && i < self->summary->lines->len; i++)
    {
      PolkuCreditLine *line = g_ptr_array_index (self->summary->lines, i);
      g_autofree char *text = NULL;

      if (line->state == POLKU_CREDIT_STATE_NO_RULE && line->n_chosen == 0)
        continue;

      text = polku_credit_line_format (line, polku_plan_get_credit_unit (self), self->language);
      g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

const char *
polku_plan_get_language (PolkuPlan *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);
  return self->language;
}

void
polku_plan_set_language (PolkuPlan  *self,
                         const char *language)
{
  g_return_if_fail (POLKU_IS_PLAN (self));

  if (!_polku_set_string (&self->language, language != NULL ? language : "fi"))
    return;

  for (guint i = 0; i < self->items->len; i++)
    polku_plan_unit_set_language (g_ptr_array_index (self->items, i), self->language);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERUSTE_NAME]);
}

static PolkuPlanRecord *
editable_copy (PolkuPlan  *self,
               GError    **error)
{
  if (self->record == NULL || self->gone)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                           _("The learner is no longer in the database."));
      return NULL;
    }

  return polku_plan_record_copy (self->record);
}

gboolean
polku_plan_set_goal (PolkuPlan   *self,
                     const char  *goal,
                     GError     **error)
{
  g_autoptr(PolkuPlanRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_PLAN (self), FALSE);

  if ((changed = editable_copy (self, error)) == NULL)
    return FALSE;

  _polku_set_string (&changed->goal, goal);
  return save (self, changed, error);
}

/**
 * polku_plan_set_target:
 * @peruste_id: the qualification (or TUVA, TELMA), or 0 for none
 * @suoritustapa: (nullable): reformi, ops or naytto; %NULL: the newest the
 *   peruste has
 *
 * Changing the target clears the osaamisala and tutkintonimike.
 */
gboolean
polku_plan_set_target (PolkuPlan   *self,
                       gint64       peruste_id,
                       const char  *suoritustapa,
                       GError     **error)
{
  g_autoptr(PolkuPlanRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_PLAN (self), FALSE);

  if ((changed = editable_copy (self, error)) == NULL)
    return FALSE;

  if (changed->peruste_id != peruste_id)
    {
      g_clear_pointer (&changed->osaamisala_uri, g_free);
      g_clear_pointer (&changed->tutkintonimike_uri, g_free);
    }
  changed->peruste_id = peruste_id;
  _polku_set_string (&changed->suoritustapa, suoritustapa);
  return save (self, changed, error);
}

/**
 * polku_plan_set_osaamisala_uri:
 * @osaamisala_uri: (nullable): one of the peruste's osaamisalat, or %NULL to
 *   let the chosen units tell
 */
gboolean
polku_plan_set_osaamisala_uri (PolkuPlan   *self,
                               const char  *osaamisala_uri,
                               GError     **error)
{
  g_autoptr(PolkuPlanRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_PLAN (self), FALSE);

  if ((changed = editable_copy (self, error)) == NULL)
    return FALSE;

  _polku_set_string (&changed->osaamisala_uri, osaamisala_uri);
  return save (self, changed, error);
}

gboolean
polku_plan_set_tutkintonimike_uri (PolkuPlan   *self,
                                   const char  *tutkintonimike_uri,
                                   GError     **error)
{
  g_autoptr(PolkuPlanRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_PLAN (self), FALSE);

  if ((changed = editable_copy (self, error)) == NULL)
    return FALSE;

  _polku_set_string (&changed->tutkintonimike_uri, tutkintonimike_uri);
  return save (self, changed, error);
}

gboolean
polku_plan_set_period (PolkuPlan   *self,
                       const char  *starts_on,
                       const char  *ends_on,
                       GError     **error)
{
  g_autoptr(PolkuPlanRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_PLAN (self), FALSE);

  if ((changed = editable_copy (self, error)) == NULL)
    return FALSE;

  _polku_set_string (&changed->starts_on, starts_on);
  _polku_set_string (&changed->ends_on, ends_on);
  return save (self, changed, error);
}

/**
 * polku_plan_add_unit:
 *
 * Adds a catalogue unit at the end of the plan (polku_store_add_plan_unit()).
 *
 * Returns: (transfer full): the plan's object for it, or %NULL with @error set
 */
PolkuPlanUnit *
polku_plan_add_unit (PolkuPlan  *self,
                     gint64      unit_id,
                     GError    **error)
{
  PolkuPlanUnit *unit;

  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);

  if (polku_store_add_plan_unit (self->store, self->learner_id, unit_id, error) == 0)
    return NULL;

  unit = polku_plan_find_unit (self, unit_id);
  if (unit == NULL && !reload (self, error))
    return NULL;

  unit = polku_plan_find_unit (self, unit_id);
  return unit != NULL ? g_object_ref (unit) : NULL;
}

/**
 * polku_plan_remove_unit:
 *
 * Takes the unit out of the plan; what was identified of it stays recorded.
 */
gboolean
polku_plan_remove_unit (PolkuPlan      *self,
                        PolkuPlanUnit  *unit,
                        GError        **error)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), FALSE);
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (unit), FALSE);

  return polku_store_delete_plan_unit (self->store, polku_plan_unit_get_id (unit), error);
}

gboolean
polku_plan_move_unit (PolkuPlan      *self,
                      PolkuPlanUnit  *unit,
                      guint           position,
                      GError        **error)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), FALSE);
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (unit), FALSE);

  return polku_store_move_plan_unit (self->store, polku_plan_unit_get_id (unit), position, error);
}

/**
 * polku_plan_find_unit:
 * @unit_id: a catalogue unit_id
 *
 * Returns: (transfer none) (nullable): the plan's unit for it
 */
PolkuPlanUnit *
polku_plan_find_unit (PolkuPlan *self,
                      gint64     unit_id)
{
  g_return_val_if_fail (POLKU_IS_PLAN (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      PolkuPlanUnit *unit = g_ptr_array_index (self->items, i);

      if (polku_plan_unit_get_unit_id (unit) == unit_id)
        return unit;
    }

  return NULL;
}
