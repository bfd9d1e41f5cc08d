/* polku-review-list.c: the competences in the teacher review, filtered.
 *
 * A GListModel of PolkuReviewItem that follows the store. The review can hold
 * hundreds of thousands of items, so the list knows only its groups (one per
 * learner, with how many items each has: polku_store_list_review_groups()) and
 * reads a learner's items when a view first asks for one of them; it keeps the
 * items of a bounded number of groups and forgets the least recently used.
 * On every committed change it reads the groups again, keeps the objects of
 * the groups it has read (so that a view keeps its rows and selection) and
 * announces only the range of groups that changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-review-list"

#include "config.h"

#include <string.h>

#include "polku-model-record-private.h"
#include "polku-review-list.h"

/* The items kept in memory: at least the groups a view shows (a list view
 * binds a few hundred rows around what it shows), far less than the review. */
#define MAX_LOADED_ITEMS 2000

typedef struct
{
  gint64     learner_id;
  guint      n_items;
  guint      n_waiting;
  guint      offset;     /* position of the group's first item */
  GPtrArray *items;      /* PolkuReviewItem; NULL: not read (yet, or again) */
  guint64    used;       /* when last read from, for forgetting the oldest */
} Group;

struct _PolkuReviewList
{
  GObject            parent_instance;

  /* Owned */
  PolkuStore        *store;
  PolkuReviewFilter  filter;
  GArray            *groups;     /* Group */
  guint              n_items;
  guint              n_waiting;
  guint              n_loaded;
  guint64            clock;
  gboolean           refreshing; /* no forgetting while items are updated */
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

static void
group_clear (gpointer data)
{
  Group *group = data;

  g_clear_pointer (&group->items, g_ptr_array_unref);
}

static void
forget_group (PolkuReviewList *self,
              Group           *group)
{
  if (group->items == NULL)
    return;

  self->n_loaded -= group->items->len;
  g_clear_pointer (&group->items, g_ptr_array_unref);
}

/* The learner's records under the list's filter. */
static GPtrArray *
read_records (PolkuReviewList  *self,
              gint64            learner_id,
              GError          **error)
{
  PolkuReviewFilter filter = self->filter;

  filter.learner_id = learner_id;
  return polku_store_list_review_items (self->store, &filter, error);
}

/* Forgets the least recently used groups but @keep until the list holds at
 * most MAX_LOADED_ITEMS (or only @keep). */
static void
trim_loaded (PolkuReviewList *self,
             Group           *keep)
{
  /* A view answering an update may ask for rows; the groups being updated
   * stay until the update is done. */
  if (self->refreshing)
    return;

  while (self->n_loaded > MAX_LOADED_ITEMS)
    {
      Group *oldest = NULL;

      for (guint i = 0; i < self->groups->len; i++)
        {
          Group *group = &g_array_index (self->groups, Group, i);

          if (group != keep && group->items != NULL && (oldest == NULL || group->used < oldest->used))
            oldest = group;
        }

      if (oldest == NULL)
        break;
      forget_group (self, oldest);
    }
}

static void
load_group (PolkuReviewList *self,
            Group           *group)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  group->used = ++self->clock;
  if (group->items != NULL)
    return;

  records = read_records (self, group->learner_id, &error);
  if (records == NULL)
    {
      g_warning ("Could not read the review: %s", error->message);
      return;
    }

  /* The items take the records over. */
  g_ptr_array_set_free_func (records, NULL);
  group->items = g_ptr_array_new_full (records->len, g_object_unref);
  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (group->items, polku_review_item_new (g_ptr_array_index (records, i)));
  self->n_loaded += group->items->len;
  trim_loaded (self, group);
}

/* The group holding @position (binary search on the offsets). */
static Group *
find_group (PolkuReviewList *self,
            guint            position)
{
  guint lo = 0, hi = self->groups->len;

  if (position >= self->n_items)
    return NULL;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->groups, Group, mid).offset <= position)
        lo = mid;
      else
        hi = mid;
    }

  return &g_array_index (self->groups, Group, lo);
}

/* Callbacks */

static void
store_changed_cb (PolkuReviewList *self)
{
  g_autoptr(GError) error = NULL;

  /* Nobody looks: every coach's edit need not read the review. */
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
  return POLKU_REVIEW_LIST (model)->n_items;
}

static gpointer
polku_review_list_get_item (GListModel *model,
                            guint       position)
{
  PolkuReviewList *self = POLKU_REVIEW_LIST (model);
  Group *group = find_group (self, position);

  if (group == NULL)
    return NULL;

  load_group (self, group);
  /* Short only when the store changed while the list was inactive. */
  if (group->items == NULL || position - group->offset >= group->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (group->items, position - group->offset));
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

  g_clear_pointer (&self->groups, g_array_unref);

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
      g_value_set_uint (value, self->n_items);
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
  self->groups = g_array_new (FALSE, TRUE, sizeof (Group));
  g_array_set_clear_func (self->groups, group_clear);
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

/**
 * polku_review_list_find:
 *
 * The item of a competence if the list holds it (reading its learner's items
 * if need be).
 *
 * Returns: (transfer none) (nullable): the item
 */
PolkuReviewItem *
polku_review_list_find (PolkuReviewList *self,
                        gint64           competence_id)
{
  gint64 learner_id;

  g_return_val_if_fail (POLKU_IS_REVIEW_LIST (self), NULL);

  learner_id = polku_store_get_competence_learner (self->store, competence_id, NULL);
  for (guint i = 0; learner_id != 0 && i < self->groups->len; i++)
    {
      Group *group = &g_array_index (self->groups, Group, i);

      if (group->learner_id != learner_id)
        continue;

      load_group (self, group);
      for (guint j = 0; group->items != NULL && j < group->items->len; j++)
        if (polku_review_item_get_competence_id (g_ptr_array_index (group->items, j)) == competence_id)
          return g_ptr_array_index (group->items, j);
      break;
    }

  return NULL;
}

guint
polku_review_list_get_n_waiting (PolkuReviewList *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_LIST (self), 0);

  return self->n_waiting;
}

/**
 * polku_review_list_get_n_loaded:
 *
 * How many items the list holds in memory now: never the whole review.
 */
guint
polku_review_list_get_n_loaded (PolkuReviewList *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_LIST (self), 0);

  return self->n_loaded;
}

static void
update_n_loaded (PolkuReviewList *self)
{
  self->n_loaded = 0;
  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = &g_array_index (self->groups, Group, i);

      if (group->items != NULL)
        self->n_loaded += group->items->len;
    }
}

static gboolean
same_place (const Group *a,
            const Group *b)
{
  return a->learner_id == b->learner_id && a->n_items == b->n_items;
}

/* A group that kept its place and size and had its items read: they are read
 * again and updated in place when they are the same competences in the same
 * order. FALSE: they are not (the caller forgets them and announces them). */
static gboolean
refresh_group (PolkuReviewList *self,
               Group           *group)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  records = read_records (self, group->learner_id, &error);
  if (records == NULL)
    {
      g_warning ("Could not read the review: %s", error->message);
      return FALSE;
    }

  if (records->len != group->items->len)
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    if (((PolkuReviewItemRecord *) g_ptr_array_index (records, i))->competence_id !=
        polku_review_item_get_competence_id (g_ptr_array_index (group->items, i)))
      return FALSE;

  {
    /* Handlers of the items' notifications may read other rows. */
    g_autoptr(GPtrArray) items = g_ptr_array_ref (group->items);

    g_ptr_array_set_free_func (records, NULL);
    for (guint i = 0; i < records->len; i++)
      _polku_review_item_update (g_ptr_array_index (items, i), g_ptr_array_index (records, i));
  }
  return TRUE;
}

/**
 * polku_review_list_reload:
 *
 * Reads the groups again and announces the range of groups that changed;
 * items already read keep their objects where their group kept its place.
 */
gboolean
polku_review_list_reload (PolkuReviewList  *self,
                          GError          **error)
{
  g_autoptr(GArray) fresh = NULL;
  g_autoptr(GArray) old = NULL;
  g_autoptr(GArray) replaced = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_old, n_new, prefix = 0, suffix = 0, offset = 0;
  guint removed = 0, added = 0, n_waiting = 0, old_n_items = self->n_items, old_n_waiting = self->n_waiting;
  GArray *groups;

  g_return_val_if_fail (POLKU_IS_REVIEW_LIST (self), FALSE);

  fresh = polku_store_list_review_groups (self->store, &self->filter, error);
  if (fresh == NULL)
    return FALSE;
  self->dirty = FALSE;

  groups = g_array_sized_new (FALSE, TRUE, sizeof (Group), fresh->len);
  g_array_set_clear_func (groups, group_clear);
  for (guint i = 0; i < fresh->len; i++)
    {
      const PolkuReviewGroup *row = &g_array_index (fresh, PolkuReviewGroup, i);
      Group group = { row->learner_id, row->n_items, row->n_waiting, offset, NULL, 0 };

      g_array_append_val (groups, group);
      offset += row->n_items;
      n_waiting += row->n_waiting;
    }

  old = g_steal_pointer (&self->groups);
  self->groups = groups;
  self->n_items = offset;
  self->n_waiting = n_waiting;
  n_old = old->len;
  n_new = groups->len;

  /* The groups that kept their place at either end keep their items. */
  while (prefix < MIN (n_old, n_new) &&
         same_place (&g_array_index (old, Group, prefix), &g_array_index (groups, Group, prefix)))
    prefix++;
  while (suffix < MIN (n_old, n_new) - prefix &&
         same_place (&g_array_index (old, Group, n_old - 1 - suffix),
                     &g_array_index (groups, Group, n_new - 1 - suffix)))
    suffix++;

  for (guint i = 0; i < prefix + suffix; i++)
    {
      guint o = i < prefix ? i : n_old - 1 - (i - prefix);
      guint n = i < prefix ? i : n_new - 1 - (i - prefix);
      Group *from = &g_array_index (old, Group, o);
      Group *to = &g_array_index (groups, Group, n);

      to->items = g_steal_pointer (&from->items);
      to->used = from->used;
    }
  update_n_loaded (self);

  self->refreshing = TRUE;
  for (guint i = 0; i < prefix + suffix; i++)
    {
      guint n = i < prefix ? i : n_new - 1 - (i - prefix);
      Group *to = &g_array_index (groups, Group, n);

      if (to->items != NULL && !refresh_group (self, to))
        {
          g_clear_pointer (&to->items, g_ptr_array_unref);
          g_array_append_val (replaced, n);
        }
    }
  self->refreshing = FALSE;
  update_n_loaded (self);
  trim_loaded (self, NULL);

  for (guint i = prefix; i < n_old - suffix; i++)
    removed += g_array_index (old, Group, i).n_items;
  for (guint i = prefix; i < n_new - suffix; i++)
    added += g_array_index (groups, Group, i).n_items;

  if (prefix < n_old - suffix || prefix < n_new - suffix)
    {
      guint position = prefix < n_new ? g_array_index (groups, Group, prefix).offset : self->n_items;

      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
    }
  for (guint i = 0; i < replaced->len; i++)
    {
      Group *group = &g_array_index (groups, Group, g_array_index (replaced, guint, i));

      g_list_model_items_changed (G_LIST_MODEL (self), group->offset, group->n_items, group->n_items);
    }

  if (self->n_items != old_n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);

  if (self->n_waiting != old_n_waiting)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_WAITING]);

  return TRUE;
}
