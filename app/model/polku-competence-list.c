/* polku-competence-list.c: every requirement of one unit (its own, then the
 * objectives of its osa-alueet) with one learner's record of each, for
 * identifying competence a whole unit at a time.
 *
 * Follows the store; objects are kept by requirement. Progress counts the
 * requirements in use (optional objectives only once worked on), as the
 * plan's progress does for a unit without chosen osa-alueet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-competence-list"

#include "config.h"

#include "polku-catalogue-format.h"
#include "polku-competence-list.h"
#include "polku-learner-model-private.h"
#include "polku-model-record-private.h"
#include "polku-model-snapshot-private.h"

struct _PolkuCompetenceList
{
  GObject          parent_instance;

  /* Owned */
  PolkuStore      *store;
  gint64           learner_id;
  gint64           unit_id;
  char            *language;
  PolkuUnitScales *scales;
  GPtrArray       *items;       /* PolkuCompetence */
  gulong           handlers[4];
};

static void polku_competence_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PolkuCompetenceList, polku_competence_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, polku_competence_list_list_model_init))

enum {
  PROP_0,
  PROP_LEARNER_ID,
  PROP_UNIT_ID,
  PROP_UNIT_NAME,
  PROP_SCALE_KIND,
  PROP_N_ITEMS,
  PROP_N_TOTAL,
  PROP_N_IDENTIFIED,
  PROP_FRACTION,
  PROP_COMPLETE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static gboolean
counts (PolkuCompetence *item)
{
  const PolkuCompetenceRecord *record = polku_competence_get_record (item);

  if (record->retired)
    return FALSE;

  return g_strcmp0 (record->objective_kind, "valinnainen") != 0 || record->status != POLKU_COMPETENCE_NOT_STARTED;
}

static void
count (PolkuCompetenceList *self,
       guint               *out_total,
       guint               *out_identified)
{
  *out_total = 0;
  *out_identified = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      PolkuCompetence *item = g_ptr_array_index (self->items, i);

      if (!counts (item))
        continue;
      (*out_total)++;
      if (polku_competence_status_counts_identified (polku_competence_get_status (item)))
        (*out_identified)++;
    }
}

static gboolean
reload (PolkuCompetenceList  *self,
        GError              **error)
{
  g_autoptr(PolkuUnitScales) scales = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) new_items = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  PolkuSnapshot *snapshot;

  scales = _polku_unit_scales_load (self->store, self->unit_id, self->language, error);
  if (scales == NULL)
    return FALSE;

  records = polku_store_list_competences (self->store, self->learner_id, self->unit_id, error);
  if (records == NULL)
    return FALSE;

  snapshot = _polku_snapshot_take (G_OBJECT (self), properties, N_PROPS);

  g_clear_pointer (&self->scales, _polku_unit_scales_unref);
  self->scales = g_steal_pointer (&scales);

  for (guint i = 0; i < self->items->len; i++)
    {
      PolkuCompetence *item = g_ptr_array_index (self->items, i);

      g_hash_table_insert (by_id, (gpointer) &polku_competence_get_record (item)->requirement_id, item);
    }

  new_items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < records->len; i++)
    {
      PolkuCompetenceRecord *record = g_ptr_array_index (records, i);
      PolkuCompetence *item = g_hash_table_lookup (by_id, &record->requirement_id);

      if (item != NULL)
        {
          g_hash_table_remove (by_id, &record->requirement_id);
          g_ptr_array_add (new_items, g_object_ref (item));
          _polku_competence_set_scales (item, self->scales);
          _polku_competence_update (item, record);
        }
      else
        g_ptr_array_add (new_items, _polku_competence_new (self->store, record, self->scales));
    }

  _polku_list_model_replace (G_LIST_MODEL (self), self->items, new_items);
  _polku_snapshot_notify (snapshot);
  return TRUE;
}

/* Callbacks */

static void
store_changed_cb (PolkuCompetenceList *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error) &&
      !g_error_matches (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND))
    g_warning ("Could not reload the competences: %s", error->message);
}

/* GListModel */

static GType
polku_competence_list_get_item_type (GListModel *model)
{
  return POLKU_TYPE_COMPETENCE;
}

static guint
polku_competence_list_get_n_items (GListModel *model)
{
  return POLKU_COMPETENCE_LIST (model)->items->len;
}

static gpointer
polku_competence_list_get_item (GListModel *model,
                                guint       position)
{
  PolkuCompetenceList *self = POLKU_COMPETENCE_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
polku_competence_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = polku_competence_list_get_item_type;
  iface->get_n_items = polku_competence_list_get_n_items;
  iface->get_item = polku_competence_list_get_item;
}

/* GObject overrides */

static void
polku_competence_list_dispose (GObject *object)
{
  PolkuCompetenceList *self = (PolkuCompetenceList *)object;

  for (guint i = 0; i < G_N_ELEMENTS (self->handlers); i++)
    if (self->store != NULL)
      g_clear_signal_handler (&self->handlers[i], self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_competence_list_parent_class)->dispose (object);
}

static void
polku_competence_list_finalize (GObject *object)
{
  PolkuCompetenceList *self = (PolkuCompetenceList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->scales, _polku_unit_scales_unref);
  g_free (self->language);

  G_OBJECT_CLASS (polku_competence_list_parent_class)->finalize (object);
}

static void
polku_competence_list_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PolkuCompetenceList *self = POLKU_COMPETENCE_LIST (object);

  switch (prop_id)
    {
    case PROP_LEARNER_ID:
      g_value_set_int64 (value, self->learner_id);
      break;
    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->unit_id);
      break;
    case PROP_UNIT_NAME:
      g_value_set_string (value, polku_competence_list_get_unit_name (self));
      break;
    case PROP_SCALE_KIND:
      g_value_set_enum (value, polku_competence_list_get_scale_kind (self));
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    case PROP_N_TOTAL:
      g_value_set_uint (value, polku_competence_list_get_n_total (self));
      break;
    case PROP_N_IDENTIFIED:
      g_value_set_uint (value, polku_competence_list_get_n_identified (self));
      break;
    case PROP_FRACTION:
      g_value_set_double (value, polku_competence_list_get_fraction (self));
      break;
    case PROP_COMPLETE:
      g_value_set_boolean (value, polku_competence_list_get_complete (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
polku_competence_list_class_init (PolkuCompetenceListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_competence_list_dispose;
  object_class->finalize = polku_competence_list_finalize;
  object_class->get_property = polku_competence_list_get_property;

  properties [PROP_LEARNER_ID] = g_param_spec_int64 ("learner-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties [PROP_UNIT_ID] = g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties [PROP_UNIT_NAME] = g_param_spec_string ("unit-name", NULL, NULL, NULL, RO);
  properties [PROP_SCALE_KIND] =
    g_param_spec_enum ("scale-kind", NULL, NULL, POLKU_TYPE_SCALE_KIND, POLKU_SCALE_KIND_NONE, RO);
  properties [PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, RO);
  /* Requirements counted for progress */
  properties [PROP_N_TOTAL] = g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties [PROP_N_IDENTIFIED] = g_param_spec_uint ("n-identified", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties [PROP_FRACTION] = g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0, RO);
  properties [PROP_COMPLETE] = g_param_spec_boolean ("complete", NULL, NULL, FALSE, RO);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_competence_list_init (PolkuCompetenceList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

/**
 * polku_competence_list_new:
 * @language: (nullable): "fi" or "sv" for the texts and criteria
 *
 * Returns: (transfer full): the unit's requirements with the learner's
 *   records, loaded; follows the store
 */
PolkuCompetenceList *
polku_competence_list_new (PolkuStore *store,
                           gint64      learner_id,
                           gint64      unit_id,
                           const char *language)
{
  g_autoptr(GError) error = NULL;
  PolkuCompetenceList *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  self = g_object_new (POLKU_TYPE_COMPETENCE_LIST, NULL);
  self->store = g_object_ref (store);
  self->learner_id = learner_id;
  self->unit_id = unit_id;
  self->language = g_strdup (language != NULL ? language : "fi");
  self->handlers[0] = g_signal_connect_swapped (store, "changed::learners", G_CALLBACK (store_changed_cb), self);
  self->handlers[1] = g_signal_connect_swapped (store, "changed::workshop", G_CALLBACK (store_changed_cb), self);
  self->handlers[2] = g_signal_connect_swapped (store, "changed::catalogue", G_CALLBACK (store_changed_cb), self);
  self->handlers[3] = g_signal_connect_swapped (store, "reset", G_CALLBACK (store_changed_cb), self);

  if (!reload (self, &error))
    g_warning ("Could not load the competences: %s", error->message);

  return self;
}

gboolean
polku_competence_list_reload (PolkuCompetenceList  *self,
                              GError              **error)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE_LIST (self), FALSE);
  return reload (self, error);
}

PolkuStore *
polku_competence_list_get_store (PolkuCompetenceList *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE_LIST (self), NULL);
  return self->store;
}

gint64
polku_competence_list_get_learner_id (PolkuCompetenceList *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE_LIST (self), 0);
  return self->learner_id;
}

gint64
polku_competence_list_get_unit_id (PolkuCompetenceList *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE_LIST (self), 0);
  return self->unit_id;
}

const char *
polku_competence_list_get_unit_name (PolkuCompetenceList *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE_LIST (self), NULL);

  if (self->scales == NULL)
    return NULL;

  return polku_catalogue_pick_text (self->scales->unit->nimi_fi, self->scales->unit->nimi_sv, self->language);
}

PolkuScaleKind
polku_competence_list_get_scale_kind (PolkuCompetenceList *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE_LIST (self), POLKU_SCALE_KIND_NONE);
  return self->scales != NULL ? self->scales->kind : POLKU_SCALE_KIND_NONE;
}

/**
 * polku_competence_list_get_level_choices:
 *
 * Returns: (transfer none) (nullable): the unit's levels with all their
 *   criteria (#PolkuLevelChoice); a requirement's own criteria come from
 *   polku_competence_get_level_choices()
 */
GListModel *
polku_competence_list_get_level_choices (PolkuCompetenceList *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE_LIST (self), NULL);
  return self->scales != NULL ? G_LIST_MODEL (self->scales->unit_choices) : NULL;
}

guint
polku_competence_list_get_n_total (PolkuCompetenceList *self)
{
  guint total, identified;

  g_return_val_if_fail (POLKU_IS_COMPETENCE_LIST (self), 0);

  count (self, &total, &identified);
  return total;
}

guint
polku_competence_list_get_n_identified (PolkuCompetenceList *self)
{
  guint total, identified;

  g_return_val_if_fail (POLKU_IS_COMPETENCE_LIST (self), 0);

  count (self, &total, &identified);
  return identified;
}

double
polku_competence_list_get_fraction (PolkuCompetenceList *self)
{
  guint total, identified;

  g_return_val_if_fail (POLKU_IS_COMPETENCE_LIST (self), 0);

  count (self, &total, &identified);
  return total > 0 ? (double) identified / total : 0;
}

gboolean
polku_competence_list_get_complete (PolkuCompetenceList *self)
{
  guint total, identified;

  g_return_val_if_fail (POLKU_IS_COMPETENCE_LIST (self), FALSE);

  count (self, &total, &identified);
  return total > 0 && identified == total;
}

/**
 * polku_competence_list_find:
 *
 * Returns: (transfer none) (nullable): the item of @requirement_id
 */
PolkuCompetence *
polku_competence_list_find (PolkuCompetenceList *self,
                            gint64               requirement_id)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE_LIST (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      PolkuCompetence *item = g_ptr_array_index (self->items, i);

      if (polku_competence_get_requirement_id (item) == requirement_id)
        return item;
    }

  return NULL;
}

/**
 * polku_competence_list_apply:
 * @items: (array length=n_items): the items to edit (e.g. the selected rows)
 *
 * Applies one edit to several requirements in one transaction (e.g. "identified,
 * level 3, today" for a whole unit from the keyboard); any refusal leaves them
 * all as they were.
 */
gboolean
polku_competence_list_apply (PolkuCompetenceList        *self,
                             PolkuCompetence * const    *items,
                             guint                       n_items,
                             const PolkuCompetenceEdit  *edit,
                             GError                    **error)
{
  g_autofree gint64 *ids = NULL;

  g_return_val_if_fail (POLKU_IS_COMPETENCE_LIST (self), FALSE);
  g_return_val_if_fail (n_items == 0 || items != NULL, FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);

  ids = g_new (gint64, MAX (n_items, 1));
  for (guint i = 0; i < n_items; i++)
    ids[i] = polku_competence_get_requirement_id (items[i]);

  return polku_store_edit_competences (self->store, self->learner_id, ids, n_items, edit, error);
}
