/* polku-learner-list.c: the learners, by last name, filtered in memory.
 *
 * All learners come from one query (on every committed change); the filters
 * (name words, active/archived, coach, status, workshop) run over the loaded
 * objects with their folded names cached, so typing in a search stays instant
 * with thousands of people. Objects are kept by id, so views keep their rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-learner-list"

#include "config.h"

#include <string.h>

#include "polku-learner-list.h"
#include "polku-learner-model-private.h"
#include "polku-model-record-private.h"

struct _PolkuLearnerList
{
  GObject           parent_instance;

  /* Owned */
  PolkuStore       *store;
  GPtrArray        *all;      /* PolkuLearner, every learner in order */
  GPtrArray        *items;    /* PolkuLearner, those that pass the filter */
  char             *query;
  char            **words;    /* the query folded into words */
  PolkuLearnerShow  show;
  char             *coach;
  int               status;
  gint64            workshop_id;
  char             *language;
  gulong            learners_id;
  gulong            workshop_id_handler;
  gulong            catalogue_id;
  gulong            reset_id;
};

static void polku_learner_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PolkuLearnerList, polku_learner_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, polku_learner_list_list_model_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_N_TOTAL,
  PROP_QUERY,
  PROP_SHOW,
  PROP_COACH,
  PROP_STATUS,
  PROP_WORKSHOP_ID,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static gboolean
matches (PolkuLearnerList *self,
         PolkuLearner     *learner)
{
  const PolkuLearnerRecord *record = polku_learner_get_record (learner);
  const char *key;

  if (self->show == POLKU_LEARNER_SHOW_ACTIVE && record->archived)
    return FALSE;
  if (self->show == POLKU_LEARNER_SHOW_ARCHIVED && !record->archived)
    return FALSE;
  if (self->coach != NULL && g_strcmp0 (self->coach[0] != '\0' ? self->coach : NULL, record->coach) != 0)
    return FALSE;
  if (self->status >= 0 && (int) record->status != self->status)
    return FALSE;
  if (self->workshop_id > 0 && record->workshop_id != self->workshop_id)
    return FALSE;
  if (self->workshop_id < 0 && record->workshop_id != 0)
    return FALSE;

  if (self->words == NULL)
    return TRUE;

  key = polku_learner_get_search_key (learner);
  for (guint i = 0; self->words[i] != NULL; i++)
    if (self->words[i][0] != '\0' && strstr (key, self->words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static void
refilter (PolkuLearnerList *self)
{
  g_autoptr(GPtrArray) visible = g_ptr_array_new ();
  guint old_n = self->items->len;

  for (guint i = 0; i < self->all->len; i++)
    {
      PolkuLearner *learner = g_ptr_array_index (self->all, i);

      if (matches (self, learner))
        g_ptr_array_add (visible, learner);
    }

  _polku_list_model_replace (G_LIST_MODEL (self), self->items, visible);

  if (old_n != self->items->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

static gboolean
reload (PolkuLearnerList  *self,
        GError           **error)
{
  PolkuLearnerFilter filter = POLKU_LEARNER_FILTER_INIT;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) all = NULL;
  guint old_total = self->all->len;

  filter.show = POLKU_LEARNER_SHOW_ALL;
  records = polku_store_list_learners (self->store, &filter, error);
  if (records == NULL)
    return FALSE;

  /* The hash keys point into the records the objects own, which stay put. */
  for (guint i = 0; i < self->all->len; i++)
    {
      PolkuLearner *learner = g_ptr_array_index (self->all, i);

      g_hash_table_insert (by_id, (gpointer) &polku_learner_get_record (learner)->learner_id, learner);
    }

  all = g_ptr_array_new_full (records->len, g_object_unref);
  for (guint i = 0; i < records->len; i++)
    {
      PolkuLearnerRecord *record = g_ptr_array_index (records, i);
      PolkuLearner *learner = g_hash_table_lookup (by_id, &record->learner_id);

      if (learner != NULL)
        {
          /* Take the reference first: the update replaces the key's record. */
          g_hash_table_remove (by_id, &record->learner_id);
          g_ptr_array_add (all, g_object_ref (learner));
          _polku_learner_update (learner, record);
        }
      else
        {
          learner = polku_learner_new (self->store, record);
          polku_learner_set_language (learner, self->language);
          g_ptr_array_add (all, learner);
        }
    }

  g_clear_pointer (&self->all, g_ptr_array_unref);
  self->all = g_steal_pointer (&all);
  refilter (self);

  if (old_total != self->all->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_TOTAL]);

  return TRUE;
}

static gint64
item_id (gpointer item)
{
  return polku_learner_get_id (item);
}

/* Callbacks */

static void
store_changed_cb (PolkuLearnerList *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    g_warning ("Could not reload the learners: %s", error->message);
}

/* GListModel */

static GType
polku_learner_list_get_item_type (GListModel *model)
{
  return POLKU_TYPE_LEARNER;
}

static guint
polku_learner_list_get_n_items (GListModel *model)
{
  return POLKU_LEARNER_LIST (model)->items->len;
}

static gpointer
polku_learner_list_get_item (GListModel *model,
                             guint       position)
{
  PolkuLearnerList *self = POLKU_LEARNER_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
polku_learner_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = polku_learner_list_get_item_type;
  iface->get_n_items = polku_learner_list_get_n_items;
  iface->get_item = polku_learner_list_get_item;
}

/* GObject overrides */

static void
polku_learner_list_dispose (GObject *object)
{
  PolkuLearnerList *self = (PolkuLearnerList *)object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->learners_id, self->store);
      g_clear_signal_handler (&self->workshop_id_handler, self->store);
      g_clear_signal_handler (&self->catalogue_id, self->store);
      g_clear_signal_handler (&self->reset_id, self->store);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_learner_list_parent_class)->dispose (object);
}

static void
polku_learner_list_finalize (GObject *object)
{
  PolkuLearnerList *self = (PolkuLearnerList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->all, g_ptr_array_unref);
  g_clear_pointer (&self->words, g_strfreev);
  g_free (self->query);
  g_free (self->coach);
  g_free (self->language);

  G_OBJECT_CLASS (polku_learner_list_parent_class)->finalize (object);
}

static void
polku_learner_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PolkuLearnerList *self = POLKU_LEARNER_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    case PROP_N_TOTAL:
      g_value_set_uint (value, self->all->len);
      break;

    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    case PROP_SHOW:
      g_value_set_enum (value, self->show);
      break;

    case PROP_COACH:
      g_value_set_string (value, self->coach);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_WORKSHOP_ID:
      g_value_set_int64 (value, self->workshop_id);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_learner_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PolkuLearnerList *self = POLKU_LEARNER_LIST (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      polku_learner_list_set_query (self, g_value_get_string (value));
      break;

    case PROP_SHOW:
      polku_learner_list_set_show (self, g_value_get_enum (value));
      break;

    case PROP_COACH:
      polku_learner_list_set_coach (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      polku_learner_list_set_status (self, g_value_get_int (value));
      break;

    case PROP_WORKSHOP_ID:
      polku_learner_list_set_workshop_id (self, g_value_get_int64 (value));
      break;

    case PROP_LANGUAGE:
      polku_learner_list_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
polku_learner_list_class_init (PolkuLearnerListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_learner_list_dispose;
  object_class->finalize = polku_learner_list_finalize;
  object_class->get_property = polku_learner_list_get_property;
  object_class->set_property = polku_learner_list_set_property;

  /* The learners shown */
  properties [PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, RO);
  /* Every learner in the database, archived ones too */
  properties [PROP_N_TOTAL] = g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0, RO);
  /* Words that must all appear in the names (case-insensitive; ä is not a) */
  properties [PROP_QUERY] = g_param_spec_string ("query", NULL, NULL, NULL, RW);
  properties [PROP_SHOW] =
    g_param_spec_enum ("show", NULL, NULL, POLKU_TYPE_LEARNER_SHOW, POLKU_LEARNER_SHOW_ACTIVE, RW);
  /* NULL: any coach; "": learners without a coach */
  properties [PROP_COACH] = g_param_spec_string ("coach", NULL, NULL, NULL, RW);
  /* -1: any; else a PolkuLearnerStatus */
  properties [PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, -1, POLKU_LEARNER_STATUS_OPISKELIJA, -1, RW);
  /* 0: any workshop; -1: learners without one */
  properties [PROP_WORKSHOP_ID] = g_param_spec_int64 ("workshop-id", NULL, NULL, -1, G_MAXINT64, 0, RW);
  /* "fi" or "sv", passed on to the items */
  properties [PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, "fi", RW);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_learner_list_init (PolkuLearnerList *self)
{
  self->all = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->status = -1;
  self->language = g_strdup ("fi");
}

/* Public API */

/**
 * polku_learner_list_new:
 *
 * Returns: (transfer full): the active learners, already loaded; follows the
 *   store ("changed::learners", "changed::workshop", "changed::catalogue", "reset")
 */
PolkuLearnerList *
polku_learner_list_new (PolkuStore *store)
{
  g_autoptr(GError) error = NULL;
  PolkuLearnerList *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  self = g_object_new (POLKU_TYPE_LEARNER_LIST, NULL);
  self->store = g_object_ref (store);
  self->learners_id = g_signal_connect_swapped (store, "changed::learners", G_CALLBACK (store_changed_cb), self);
  self->workshop_id_handler = g_signal_connect_swapped (store, "changed::workshop",
                                                        G_CALLBACK (store_changed_cb), self);
  self->catalogue_id = g_signal_connect_swapped (store, "changed::catalogue", G_CALLBACK (store_changed_cb), self);
  self->reset_id = g_signal_connect_swapped (store, "reset", G_CALLBACK (store_changed_cb), self);

  if (!reload (self, &error))
    g_warning ("Could not load the learners: %s", error->message);

  return self;
}

PolkuStore *
polku_learner_list_get_store (PolkuLearnerList *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER_LIST (self), NULL);
  return self->store;
}

gboolean
polku_learner_list_reload (PolkuLearnerList  *self,
                           GError           **error)
{
  g_return_val_if_fail (POLKU_IS_LEARNER_LIST (self), FALSE);
  return reload (self, error);
}

guint
polku_learner_list_get_n_total (PolkuLearnerList *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER_LIST (self), 0);
  return self->all->len;
}

const char *
polku_learner_list_get_query (PolkuLearnerList *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER_LIST (self), NULL);
  return self->query;
}

void
polku_learner_list_set_query (PolkuLearnerList *self,
                              const char       *query)
{
  g_autofree char *folded = NULL;
  g_autofree char *normal = NULL;

  g_return_if_fail (POLKU_IS_LEARNER_LIST (self));

  if (!_polku_set_string (&self->query, query))
    return;

  g_clear_pointer (&self->words, g_strfreev);
  if (query != NULL)
    {
      normal = g_utf8_normalize (query, -1, G_NORMALIZE_NFC);
      folded = g_utf8_casefold (normal != NULL ? normal : "", -1);
      self->words = g_strsplit_set (folded, " \t\n", -1);
    }

  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUERY]);
}

PolkuLearnerShow
polku_learner_list_get_show (PolkuLearnerList *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER_LIST (self), POLKU_LEARNER_SHOW_ACTIVE);
  return self->show;
}

void
polku_learner_list_set_show (PolkuLearnerList *self,
                             PolkuLearnerShow  show)
{
  g_return_if_fail (POLKU_IS_LEARNER_LIST (self));

  if (self->show == show)
    return;

  self->show = show;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHOW]);
}

const char *
polku_learner_list_get_coach (PolkuLearnerList *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER_LIST (self), NULL);
  return self->coach;
}

/**
 * polku_learner_list_set_coach:
 * @coach: (nullable): a coach's name; %NULL: any; "": learners without a coach
 */
void
polku_learner_list_set_coach (PolkuLearnerList *self,
                              const char       *coach)
{
  g_return_if_fail (POLKU_IS_LEARNER_LIST (self));

  if (!_polku_set_string (&self->coach, coach))
    return;

  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COACH]);
}

int
polku_learner_list_get_status (PolkuLearnerList *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER_LIST (self), -1);
  return self->status;
}

/**
 * polku_learner_list_set_status:
 * @status: a #PolkuLearnerStatus, or -1 for any
 */
void
polku_learner_list_set_status (PolkuLearnerList *self,
                               int               status)
{
  g_return_if_fail (POLKU_IS_LEARNER_LIST (self));

  if (self->status == status)
    return;

  self->status = status;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
}

gint64
polku_learner_list_get_workshop_id (PolkuLearnerList *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER_LIST (self), 0);
  return self->workshop_id;
}

/**
 * polku_learner_list_set_workshop_id:
 * @workshop_id: a workshop; 0: any; -1: learners without one
 */
void
polku_learner_list_set_workshop_id (PolkuLearnerList *self,
                                    gint64            workshop_id)
{
  g_return_if_fail (POLKU_IS_LEARNER_LIST (self));

  if (self->workshop_id == workshop_id)
    return;

  self->workshop_id = workshop_id;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKSHOP_ID]);
}

const char *
polku_learner_list_get_language (PolkuLearnerList *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNER_LIST (self), NULL);
  return self->language;
}

void
polku_learner_list_set_language (PolkuLearnerList *self,
                                 const char       *language)
{
  g_return_if_fail (POLKU_IS_LEARNER_LIST (self));

  if (!_polku_set_string (&self->language, language != NULL ? language : "fi"))
    return;

  for (guint i = 0; i < self->all->len; i++)
    polku_learner_set_language (g_ptr_array_index (self->all, i), self->language);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/**
 * polku_learner_list_dup_coaches:
 *
 * Returns: (transfer full): the coaches of all learners, sorted, for a filter
 */
char **
polku_learner_list_dup_coaches (PolkuLearnerList *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = NULL;

  g_return_val_if_fail (POLKU_IS_LEARNER_LIST (self), NULL);

  for (guint i = 0; i < self->all->len; i++)
    {
      const char *coach = polku_learner_get_coach (g_ptr_array_index (self->all, i));

      if (coach != NULL && g_hash_table_add (seen, (gpointer) coach))
        g_ptr_array_add (names, (gpointer) coach);
    }

  g_ptr_array_sort (names, compare_strings);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < names->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (names, i));

  return g_strv_builder_end (builder);
}

/**
 * polku_learner_list_find:
 *
 * Returns: (transfer none) (nullable): the learner with @id, shown or not
 */
PolkuLearner *
polku_learner_list_find (PolkuLearnerList *self,
                         gint64            id)
{
  int index;

  g_return_val_if_fail (POLKU_IS_LEARNER_LIST (self), NULL);

  index = _polku_list_find_id (self->all, item_id, id);
  if (index < 0)
    return NULL;

  return g_ptr_array_index (self->all, index);
}

/**
 * polku_learner_list_add:
 * @first_names: the first names (required)
 * @last_name: (nullable): the last name
 *
 * Adds a learner (a trainee, active).
 *
 * Returns: (transfer full): the list's object for the new learner, or %NULL
 *   with @error set
 */
PolkuLearner *
polku_learner_list_add (PolkuLearnerList  *self,
                        const char        *first_names,
                        const char        *last_name,
                        GError           **error)
{
  PolkuLearnerRecord record = { 0 };
  PolkuLearner *learner;
  gint64 id;

  g_return_val_if_fail (POLKU_IS_LEARNER_LIST (self), NULL);

  record.first_names = (char *) first_names;
  record.last_name = (char *) last_name;
  id = polku_store_add_learner (self->store, &record, error);
  if (id == 0)
    return NULL;

  learner = polku_learner_list_find (self, id);
  if (learner != NULL)
    return g_object_ref (learner);

  return polku_learner_load (self->store, id, error);
}

/**
 * polku_learner_list_erase:
 *
 * Erases the learner permanently (polku_store_erase_learner()): there is no
 * undo, so ask first.
 */
gboolean
polku_learner_list_erase (PolkuLearnerList  *self,
                          PolkuLearner      *learner,
                          GError           **error)
{
  g_return_val_if_fail (POLKU_IS_LEARNER_LIST (self), FALSE);
  g_return_val_if_fail (POLKU_IS_LEARNER (learner), FALSE);

  return polku_store_erase_learner (self->store, polku_learner_get_id (learner), error);
}
