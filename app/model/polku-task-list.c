/* polku-task-list.c: the tasks of one workshop, in their order, optionally filtered by a search.
 *
 * A GListModel of PolkuTask that follows the store: on every committed change it
 * reloads and keeps its objects (updated in place) by id, so that views keep
 * their rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-task-list"

#include "config.h"

#include "polku-model-record-private.h"
#include "polku-workshop-model-private.h"
#include "polku-task-list.h"

struct _PolkuTaskList
{
  GObject    parent_instance;

  /* Owned */
  PolkuStore *store;
  gint64     workshop_id;
  char       *query;
  gboolean   show_inactive;
  GPtrArray  *items;
  gulong     changed_id;
  gulong     reset_id;
  gulong     catalogue_id;
};

static void polku_task_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PolkuTaskList, polku_task_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, polku_task_list_list_model_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_WORKSHOP_ID,
  PROP_QUERY,
  PROP_SHOW_INACTIVE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static gint64
item_id (gpointer item)
{
  return polku_task_get_id (item);
}

static gint64
record_id (gconstpointer record,
           gpointer      data)
{
  return ((const PolkuTaskRecord *) record)->task_id;
}

static gpointer
make_item (gpointer      data,
           gconstpointer record)
{
  PolkuTaskList *self = data;

  return polku_task_new (self->store, record);
}

static void
update_item (gpointer      item,
             gconstpointer record)
{
  _polku_task_update (item, record);
}

/* A search or hidden inactive tasks hide some: a visible place becomes a place
 * in the workshop's full order (before the item now there, or after the last). */
static guint
full_position (PolkuTaskList *self,
               gint64         moved_id,
               guint          position)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GArray) visible = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint full = 0;

  all = polku_store_list_tasks (self->store, self->workshop_id, TRUE, NULL);
  if (all == NULL)
    return position;

  for (guint i = 0; i < self->items->len; i++)
    {
      gint64 id = polku_task_get_id (g_ptr_array_index (self->items, i));

      if (id != moved_id)
        g_array_append_val (visible, id);
    }

  for (guint i = 0; i < all->len; i++)
    {
      gint64 id = ((PolkuTaskRecord *) g_ptr_array_index (all, i))->task_id;

      if (id == moved_id)
        continue;
      if (position < visible->len && id == g_array_index (visible, gint64, position))
        return full;
      full++;
      if (position >= visible->len && visible->len > 0 &&
          id == g_array_index (visible, gint64, visible->len - 1))
        return full;
    }

  return full;
}

static gboolean
reload (PolkuTaskList  *self,
        GError        **error)
{
  g_autoptr(GPtrArray) records = NULL;

  records = polku_store_search_tasks (self->store, self->workshop_id, self->query, self->show_inactive, error);
  if (records == NULL)
    return FALSE;

  if (_polku_list_model_sync (G_LIST_MODEL (self), self->items, records,
                              item_id, record_id, make_item, update_item, self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);

  return TRUE;
}

/* Returns a new reference to the item with @id: from the list when it shows
 * it, else read on its own. */
static PolkuTask *
find_or_load (PolkuTaskList  *self,
              gint64          id,
              GError        **error)
{
  PolkuTask *item = polku_task_list_find (self, id);

  if (item != NULL)
    return g_object_ref (item);

  return polku_task_load (self->store, id, error);
}

/* Callbacks */

static void
store_changed_cb (PolkuTaskList *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    g_warning ("Could not reload the list: %s", error->message);
}

/* GListModel */

static GType
polku_task_list_get_item_type (GListModel *model)
{
  return POLKU_TYPE_TASK;
}

static guint
polku_task_list_get_n_items (GListModel *model)
{
  return POLKU_TASK_LIST (model)->items->len;
}

static gpointer
polku_task_list_get_item (GListModel *model,
                          guint       position)
{
  PolkuTaskList *self = POLKU_TASK_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
polku_task_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = polku_task_list_get_item_type;
  iface->get_n_items = polku_task_list_get_n_items;
  iface->get_item = polku_task_list_get_item;
}

/* GObject overrides */

static void
polku_task_list_dispose (GObject *object)
{
  PolkuTaskList *self = (PolkuTaskList *)object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->store);
      g_clear_signal_handler (&self->catalogue_id, self->store);
      g_clear_signal_handler (&self->reset_id, self->store);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_task_list_parent_class)->dispose (object);
}

static void
polku_task_list_finalize (GObject *object)
{
  PolkuTaskList *self = (PolkuTaskList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (polku_task_list_parent_class)->finalize (object);
}

static void
polku_task_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PolkuTaskList *self = POLKU_TASK_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    case PROP_WORKSHOP_ID:
      g_value_set_int64 (value, self->workshop_id);
      break;

    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    case PROP_SHOW_INACTIVE:
      g_value_set_boolean (value, self->show_inactive);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_task_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PolkuTaskList *self = POLKU_TASK_LIST (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      polku_task_list_set_query (self, g_value_get_string (value));
      break;

    case PROP_SHOW_INACTIVE:
      polku_task_list_set_show_inactive (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_task_list_class_init (PolkuTaskListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_task_list_dispose;
  object_class->finalize = polku_task_list_finalize;
  object_class->get_property = polku_task_list_get_property;
  object_class->set_property = polku_task_list_set_property;

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The workshop */
  properties [PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The search words; only matching tasks are listed */
  properties [PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether inactive (retired) tasks are listed */
  properties [PROP_SHOW_INACTIVE] =
    g_param_spec_boolean ("show-inactive", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_task_list_init (PolkuTaskList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->show_inactive = TRUE;
}

/* Public API */

/**
 * polku_task_list_new:
 * @store: the database
 * @workshop_id: the workshop
 *
 * Returns: (transfer full): the list, already loaded
 */
PolkuTaskList *
polku_task_list_new (PolkuStore *store,
                     gint64      workshop_id)
{
  g_autoptr(GError) error = NULL;
  PolkuTaskList *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  self = g_object_new (POLKU_TYPE_TASK_LIST, NULL);
  self->store = g_object_ref (store);
  self->workshop_id = workshop_id;
  self->changed_id = g_signal_connect_swapped (store, "changed::workshop",
                                              G_CALLBACK (store_changed_cb), self);
  self->catalogue_id = g_signal_connect_swapped (store, "changed::catalogue",
                                                G_CALLBACK (store_changed_cb), self);
  self->reset_id = g_signal_connect_swapped (store, "reset",
                                            G_CALLBACK (store_changed_cb), self);

  if (!reload (self, &error))
    g_warning ("Could not load the list: %s", error->message);

  return self;
}

PolkuStore *
polku_task_list_get_store (PolkuTaskList *self)
{
  g_return_val_if_fail (POLKU_IS_TASK_LIST (self), NULL);

  return self->store;
}

gint64
polku_task_list_get_workshop_id (PolkuTaskList *self)
{
  g_return_val_if_fail (POLKU_IS_TASK_LIST (self), 0);

  return self->workshop_id;
}

const char *
polku_task_list_get_query (PolkuTaskList *self)
{
  g_return_val_if_fail (POLKU_IS_TASK_LIST (self), NULL);

  return self->query;
}

/**
 * polku_task_list_set_query:
 *
 * Sets the search words; only matching tasks are listed, and reloads.
 */
void
polku_task_list_set_query (PolkuTaskList *self,
                           const char    *query)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (POLKU_IS_TASK_LIST (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);

  if (!reload (self, &error))
    g_warning ("Could not reload the list: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUERY]);
}

gboolean
polku_task_list_get_show_inactive (PolkuTaskList *self)
{
  g_return_val_if_fail (POLKU_IS_TASK_LIST (self), FALSE);

  return self->show_inactive;
}

/**
 * polku_task_list_set_show_inactive:
 *
 * Sets whether inactive (retired) tasks are listed, and reloads.
 */
void
polku_task_list_set_show_inactive (PolkuTaskList *self,
                                   gboolean       show_inactive)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (POLKU_IS_TASK_LIST (self));

  show_inactive = !!show_inactive;
  if (self->show_inactive == show_inactive)
    return;

  self->show_inactive = show_inactive;

  if (!reload (self, &error))
    g_warning ("Could not reload the list: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHOW_INACTIVE]);
}

/**
 * polku_task_list_reload:
 *
 * Reads the list again (it also follows the store by itself).
 */
gboolean
polku_task_list_reload (PolkuTaskList  *self,
                        GError        **error)
{
  g_return_val_if_fail (POLKU_IS_TASK_LIST (self), FALSE);

  return reload (self, error);
}

/**
 * polku_task_list_find:
 *
 * Returns: (transfer none) (nullable): the listed item with @id
 */
PolkuTask *
polku_task_list_find (PolkuTaskList *self,
                      gint64         id)
{
  int index;

  g_return_val_if_fail (POLKU_IS_TASK_LIST (self), NULL);

  index = _polku_list_find_id (self->items, item_id, id);
  if (index < 0)
    return NULL;

  return g_ptr_array_index (self->items, index);
}

/**
 * polku_task_list_add:
 * @title: the new task's title
 *
 * Adds an active task after the workshop's others.
 *
 * Returns: (transfer full): the new task, or %NULL with @error set
 */
PolkuTask *
polku_task_list_add (PolkuTaskList  *self,
                     const char     *title,
                     GError        **error)
{
  PolkuTaskRecord record = { 0 };
  gint64 id;

  g_return_val_if_fail (POLKU_IS_TASK_LIST (self), NULL);

  record.workshop_id = self->workshop_id;
  record.title = (char *) title;
  record.active = TRUE;
  id = polku_store_add_task (self->store, &record, error);
  if (id == 0)
    return NULL;

  return find_or_load (self, id, error);
}

/**
 * polku_task_list_move:
 * @position: the new place among the listed tasks; with a search or hidden
 *   inactive tasks, the task lands before the listed task now there (or after
 *   the last listed one)
 */
gboolean
polku_task_list_move (PolkuTaskList  *self,
                      PolkuTask      *task,
                      guint           position,
                      GError        **error)
{
  g_return_val_if_fail (POLKU_IS_TASK_LIST (self), FALSE);
  g_return_val_if_fail (POLKU_IS_TASK (task), FALSE);

  return polku_store_move_task (self->store, polku_task_get_id (task),
                                full_position (self, polku_task_get_id (task), position),
                                error);
}

/**
 * polku_task_list_duplicate:
 * @with_mappings: whether the copy teaches the same requirements
 *
 * Returns: (transfer full): the copy, placed right after @task, or %NULL with
 *   @error set
 */
PolkuTask *
polku_task_list_duplicate (PolkuTaskList  *self,
                           PolkuTask      *task,
                           gboolean        with_mappings,
                           GError        **error)
{
  gint64 id;

  g_return_val_if_fail (POLKU_IS_TASK_LIST (self), NULL);
  g_return_val_if_fail (POLKU_IS_TASK (task), NULL);

  id = polku_store_duplicate_task (self->store, polku_task_get_id (task), with_mappings, error);
  if (id == 0)
    return NULL;

  return find_or_load (self, id, error);
}

/**
 * polku_task_list_delete:
 *
 * Deletes the task with its mappings. Ask first when
 * polku_task_get_n_requirements() or polku_store_count_task_uses() says it is
 * in use, and offer Undo with polku_task_list_restore().
 *
 * Returns: (transfer full): what was deleted, or %NULL with @error set
 */
PolkuDeletedTask *
polku_task_list_delete (PolkuTaskList  *self,
                        PolkuTask      *task,
                        GError        **error)
{
  g_return_val_if_fail (POLKU_IS_TASK_LIST (self), NULL);
  g_return_val_if_fail (POLKU_IS_TASK (task), NULL);

  return polku_store_delete_task (self->store, polku_task_get_id (task), error);
}

/**
 * polku_task_list_restore:
 * @deleted: what polku_task_list_delete() returned
 *
 * Undoes a delete: the task comes back with its id, place and mappings.
 *
 * Returns: (transfer full): the task, or %NULL with @error set
 */
PolkuTask *
polku_task_list_restore (PolkuTaskList           *self,
                         const PolkuDeletedTask  *deleted,
                         GError                 **error)
{
  g_return_val_if_fail (POLKU_IS_TASK_LIST (self), NULL);
  g_return_val_if_fail (deleted != NULL && deleted->task != NULL, NULL);

  if (!polku_store_restore_task (self->store, deleted, error))
    return NULL;

  return find_or_load (self, deleted->task->task_id, error);
}
