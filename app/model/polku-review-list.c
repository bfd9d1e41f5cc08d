/* polku-review-list.c: the competences in the teacher review, filtered.
 *
 * A GListModel of PolkuReviewItem that follows the store: on every committed
 * change of the learners' data it reloads and keeps its objects by competence,
 * so that a view keeps its rows and selection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-review-list"

#include "config.h"

#include <string.h>

#include "polku-model-record-private.h"
#include "polku-review-list.h"

struct _PolkuReviewList
{
  GObject            parent_instance;

  /* Owned */
  PolkuStore        *store;
  PolkuReviewFilter  filter;
  GPtrArray         *items;
  guint              n_waiting;
  gboolean           inactive;   /* changes wait until it is active again */
  gboolean           dirty;
  gulong             changed_id;
  gulong             catalogue_id;
  gulong             reset_id;
};

static void polku_review_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PolkuReviewList, polku_review_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, polku_review_list_list_model_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_N_WAITING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static gint64
item_id (gpointer item)
{
  return polku_review_item_get_competence_id (item);
}

static gint64
record_id (gconstpointer record,
           gpointer      data)
{
  return ((const PolkuReviewItemRecord *) record)->competence_id;
}

/* The records change hands: reload() hands each one to exactly one of these. */
static gpointer
make_item (gpointer      data,
           gconstpointer record)
{
  return polku_review_item_new ((PolkuReviewItemRecord *) record);
}

static void
update_item (gpointer      item,
             gconstpointer record)
{
  _polku_review_item_update (item, (PolkuReviewItemRecord *) record);
}

/* Callbacks */

static void
store_changed_cb (PolkuReviewList *self)
{
  g_autoptr(GError) error = NULL;

  /* Nobody looks: every coach's edit need not read the whole review. */
  if (self->inactive)
    {
      self->dirty = TRUE;
      return;
    }

  if (!polku_review_list_reload (self, &error))
    g_warning ("Could not reload the review: %s", error->message);
}

/* GListModel */

static GType
polku_review_list_get_item_type (GListModel *model)
{
  return POLKU_TYPE_REVIEW_ITEM;
}

static guint
polku_review_list_get_n_items (GListModel *model)
{
  return POLKU_REVIEW_LIST (model)->items->len;
}

static gpointer
polku_review_list_get_item (GListModel *model,
                            guint       position)
{
  PolkuReviewList *self = POLKU_REVIEW_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
polku_review_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = polku_review_list_get_item_type;
  iface->get_n_items = polku_review_list_get_n_items;
  iface->get_item = polku_review_list_get_item;
}

/* GObject */

static void
polku_review_list_dispose (GObject *object)
{
  PolkuReviewList *self = (PolkuReviewList *)object;

  g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_signal_handler (&self->catalogue_id, self->store);
  g_clear_signal_handler (&self->reset_id, self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_review_list_parent_class)->dispose (object);
}

static void
polku_review_list_finalize (GObject *object)
{
  PolkuReviewList *self = (PolkuReviewList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (polku_review_list_parent_class)->finalize (object);
}

static void
polku_review_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PolkuReviewList *self = POLKU_REVIEW_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    case PROP_N_WAITING:
      g_value_set_uint (value, self->n_waiting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_review_list_class_init (PolkuReviewListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_review_list_dispose;
  object_class->finalize = polku_review_list_finalize;
  object_class->get_property = polku_review_list_get_property;

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How many items of the list wait for a decision */
  properties [PROP_N_WAITING] =
    g_param_spec_uint ("n-waiting", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_review_list_init (PolkuReviewList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

/**
 * polku_review_list_new_inactive:
 *
 * A list that reads nothing until polku_review_list_set_active() (for a view
 * that may never be shown).
 */
PolkuReviewList *
polku_review_list_new_inactive (PolkuStore *store)
{
  PolkuReviewList *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  self = g_object_new (POLKU_TYPE_REVIEW_LIST, NULL);
  self->store = g_object_ref (store);
  self->inactive = TRUE;
  self->dirty = TRUE;
  self->changed_id = g_signal_connect_swapped (store, "changed::learners", G_CALLBACK (store_changed_cb), self);
  self->catalogue_id = g_signal_connect_swapped (store, "changed::catalogue", G_CALLBACK (store_changed_cb), self);
  self->reset_id = g_signal_connect_swapped (store, "reset", G_CALLBACK (store_changed_cb), self);
  return self;
}

PolkuReviewList *
polku_review_list_new (PolkuStore *store)
{
  PolkuReviewList *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  self = g_object_new (POLKU_TYPE_REVIEW_LIST, NULL);
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect_swapped (store, "changed::learners", G_CALLBACK (store_changed_cb), self);
  self->catalogue_id = g_signal_connect_swapped (store, "changed::catalogue", G_CALLBACK (store_changed_cb), self);
  self->reset_id = g_signal_connect_swapped (store, "reset", G_CALLBACK (store_changed_cb), self);

  if (!polku_review_list_reload (self, &error))
    g_warning ("Could not read the review: %s", error->message);

  return self;
}

/**
 * polku_review_list_set_active:
 *
 * While inactive (its view is not shown), the list does not follow the store;
 * becoming active again brings it up to date.
 */
void
polku_review_list_set_active (PolkuReviewList *self,
                              gboolean         active)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (POLKU_IS_REVIEW_LIST (self));

  self->inactive = !active;
  if (active && self->dirty && !polku_review_list_reload (self, &error))
    g_warning ("Could not read the review: %s", error->message);
}

gboolean
polku_review_list_get_active (PolkuReviewList *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_LIST (self), FALSE);

  return !self->inactive;
}

PolkuStore *
polku_review_list_get_store (PolkuReviewList *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_LIST (self), NULL);

  return self->store;
}

void
polku_review_list_get_filter (PolkuReviewList   *self,
                              PolkuReviewFilter *filter)
{
  g_return_if_fail (POLKU_IS_REVIEW_LIST (self));
  g_return_if_fail (filter != NULL);

  *filter = self->filter;
}

void
polku_review_list_set_filter (PolkuReviewList         *self,
                              const PolkuReviewFilter *filter)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (POLKU_IS_REVIEW_LIST (self));
  g_return_if_fail (filter != NULL);

  if (memcmp (&self->filter, filter, sizeof *filter) == 0)
    return;

  self->filter = *filter;
  if (self->inactive)
    self->dirty = TRUE;
  else if (!polku_review_list_reload (self, &error))
    g_warning ("Could not read the review: %s", error->message);
}

PolkuReviewItem *
polku_review_list_find (PolkuReviewList *self,
                        gint64           competence_id)
{
  int index;

  g_return_val_if_fail (POLKU_IS_REVIEW_LIST (self), NULL);

  index = _polku_list_find_id (self->items, item_id, competence_id);
  return index >= 0 ? g_ptr_array_index (self->items, index) : NULL;
}

guint
polku_review_list_get_n_waiting (PolkuReviewList *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_LIST (self), 0);

  return self->n_waiting;
}

gboolean
polku_review_list_reload (PolkuReviewList  *self,
                          GError          **error)
{
  g_autoptr(GPtrArray) records = NULL;
  guint n_waiting = 0;

  g_return_val_if_fail (POLKU_IS_REVIEW_LIST (self), FALSE);

  records = polku_store_list_review_items (self->store, &self->filter, error);
  if (records == NULL)
    return FALSE;
  self->dirty = FALSE;

  /* The items take the records over. */
  g_ptr_array_set_free_func (records, NULL);
  if (_polku_list_model_sync (G_LIST_MODEL (self), self->items, records,
                              item_id, record_id, make_item, update_item, self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);

  for (guint i = 0; i < self->items->len; i++)
    if (polku_review_item_get_waiting (g_ptr_array_index (self->items, i)))
      n_waiting++;

  if (n_waiting != self->n_waiting)
    {
      self->n_waiting = n_waiting;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_WAITING]);
    }

  return TRUE;
}
