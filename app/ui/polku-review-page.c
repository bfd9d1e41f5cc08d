/* polku-review-page.c: the Review section. On the left, everything waiting
 * for the education provider's decision, across learners, grouped by learner
 * and unit and filtered by provider, qualification and learner; on the right
 * what the teacher needs to decide the selected item: the requirement, the
 * criteria of the recorded level, the coach's observation, the learner's own
 * view, the tasks, the evidence, and its decision history. Several items of
 * one learner can be decided at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-catalogue-format.h"
#include "polku-decision-dialog.h"
#include "polku-dialogs.h"
#include "polku-exchange-xml.h"
#include "polku-review-page.h"
#include "polku-window.h"

struct _PolkuReviewPage
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkStack        *main_stack;
  AdwLeaflet      *leaflet;
  GtkDropDown     *provider_dropdown;
  GtkDropDown     *peruste_dropdown;
  GtkDropDown     *learner_dropdown;
  GtkCheckButton  *decided_check;
  GtkStack        *list_stack;
  GtkListView     *list_view;
  GtkLabel        *count_label;
  GtkStack        *detail_stack;
  GtkBox          *detail_box;
  GtkWidget       *back_button;

  /* Owned */
  PolkuContext    *context;
  PolkuReviewList *list;
  GtkMultiSelection *selection;
  GHashTable      *bound_items;    /* GtkListItem shown now, for their group headers */
  GArray          *provider_ids;   /* gint64, [0] = 0: all */
  GArray          *peruste_ids;
  GArray          *learner_ids;
  gboolean         updating;
  gboolean         stale;          /* the store changed while the page was hidden */
  gulong           changed_id;
  guint            choices_idle;   /* the filters' choices are read after the frame */
};

G_DEFINE_FINAL_TYPE (PolkuReviewPage, polku_review_page, GTK_TYPE_WIDGET)

/* Auxiliary methods */

static gboolean
swedish (PolkuReviewPage *self)
{
  return self->context != NULL &&
         g_settings_get_boolean (polku_context_get_settings (self->context), "show-swedish");
}

/* The selected items, in list order. */
static GPtrArray *
selected_items (PolkuReviewPage *self)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  if (self->selection == NULL)
    return items;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (self->list), position));

  return items;
}

static char *
status_line (PolkuReviewPage *self,
             PolkuReviewItem *item)
{
  const PolkuReviewItemRecord *record = polku_review_item_get_record (item);
  const char *level = polku_review_item_get_level_label (item, swedish (self));
  g_autoptr(GString) line = NULL;

  /* Once decided, the decision says more than the status. */
  if (record->teacher_decision != POLKU_TEACHER_DECISION_NONE)
    line = g_string_new (polku_teacher_decision_get_label (record->teacher_decision));
  else
    line = g_string_new (polku_competence_status_get_label (record->status));

  if (level != NULL)
    /* Translators: after the status of a competence in the review list; %s is the level, e.g. "3" or "H2". */
    g_string_append_printf (line, _(" · level %s"), level);

  return g_string_free (g_steal_pointer (&line), FALSE);
}

/* A row: the group header (learner, unit) where a group starts, then the
 * requirement and its status. */
typedef struct
{
  GtkWidget *header;
  GtkLabel  *learner;
  GtkLabel  *unit;
  GtkLabel  *title;
  GtkLabel  *subtitle;
  GtkWidget *lock;
} RowWidgets;

static GtkLabel *
row_label (GtkBox     *box,
           const char *css_class,
           int         lines)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), lines);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

static void
item_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PolkuReviewPage          *self)
{
  RowWidgets *w = g_new0 (RowWidgets, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);

  w->header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_bottom (w->header, 6);
  w->learner = row_label (GTK_BOX (w->header), "heading", 1);
  w->unit = row_label (GTK_BOX (w->header), "caption", 2);
  gtk_widget_add_css_class (GTK_WIDGET (w->unit), "dim-label");
  gtk_box_append (GTK_BOX (box), w->header);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_margin_start (texts, 12);
  w->title = row_label (GTK_BOX (texts), NULL, 3);
  w->subtitle = row_label (GTK_BOX (texts), "caption", 1);
  gtk_widget_add_css_class (GTK_WIDGET (w->subtitle), "dim-label");
  gtk_box_append (GTK_BOX (line), texts);

  w->lock = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
  gtk_widget_set_valign (w->lock, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (w->lock, _("Recognised: locked against edits"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (w->lock), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Recognised: locked against edits"), -1);
  gtk_box_append (GTK_BOX (line), w->lock);
  gtk_box_append (GTK_BOX (box), line);

  g_object_set_data_full (G_OBJECT (list_item), "polku-row", w, g_free);
  gtk_list_item_set_child (list_item, box);
}

/* Whether the item at @position starts a group, and which header it needs. */
static void
update_header (PolkuReviewPage *self,
               GtkListItem     *list_item)
{
  RowWidgets *w = g_object_get_data (G_OBJECT (list_item), "polku-row");
  PolkuReviewItem *item = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);
  g_autoptr(PolkuReviewItem) previous = NULL;
  const PolkuReviewItemRecord *record;
  gboolean new_learner, new_unit;

  if (w == NULL || item == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  record = polku_review_item_get_record (item);
  if (position > 0)
    previous = g_list_model_get_item (G_LIST_MODEL (self->list), position - 1);

  new_learner = previous == NULL || polku_review_item_get_learner_id (previous) != record->learner_id;
  new_unit = new_learner || polku_review_item_get_unit_id (previous) != record->unit_id;

  gtk_widget_set_visible (w->header, new_unit);
  gtk_widget_set_visible (GTK_WIDGET (w->learner), new_learner);
  gtk_widget_set_margin_top (w->header, position > 0 ? 12 : 0);
  if (new_unit)
    {
      g_autofree char *unit = polku_review_item_dup_unit_title (item, swedish (self));

      gtk_label_set_text (w->learner, record->learner_name);
      gtk_label_set_text (w->unit, unit);
    }
}

static void
fill_row (PolkuReviewPage *self,
          GtkListItem     *list_item)
{
  RowWidgets *w = g_object_get_data (G_OBJECT (list_item), "polku-row");
  PolkuReviewItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *subtitle = NULL;

  if (w == NULL || item == NULL)
    return;

  subtitle = status_line (self, item);
  gtk_label_set_text (w->title, polku_review_item_get_text (item, swedish (self)));
  gtk_label_set_text (w->subtitle, subtitle);
  gtk_widget_set_visible (w->lock, polku_review_item_get_locked (item));
  update_header (self, list_item);
}

static void
item_record_changed_cb (GtkListItem *list_item)
{
  PolkuReviewPage *self = g_object_get_data (G_OBJECT (list_item), "polku-page");

  if (self != NULL)
    fill_row (self, list_item);
}

static void
item_position_changed_cb (GtkListItem *list_item)
{
  PolkuReviewPage *self = g_object_get_data (G_OBJECT (list_item), "polku-page");

  if (self != NULL)
    update_header (self, list_item);
}

static void
item_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PolkuReviewPage          *self)
{
  PolkuReviewItem *item = gtk_list_item_get_item (list_item);

  g_object_set_data (G_OBJECT (list_item), "polku-page", self);
  g_signal_connect_object (item, "notify::record", G_CALLBACK (item_record_changed_cb), list_item,
                           G_CONNECT_SWAPPED);
  g_signal_connect (list_item, "notify::position", G_CALLBACK (item_position_changed_cb), NULL);
  g_hash_table_add (self->bound_items, list_item);
  fill_row (self, list_item);
}

static void
item_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                PolkuReviewPage          *self)
{
  PolkuReviewItem *item = gtk_list_item_get_item (list_item);

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, item_record_changed_cb, list_item);
  g_signal_handlers_disconnect_by_func (list_item, item_position_changed_cb, NULL);
  g_hash_table_remove (self->bound_items, list_item);
  g_object_set_data (G_OBJECT (list_item), "polku-page", NULL);
}

/* Items coming or going change which rows start a group. */
static void
items_changed_cb (PolkuReviewPage *self)
{
  GHashTableIter iter;
  gpointer list_item;

  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    update_header (self, list_item);
}

/* Filters */

static gint64
selected_id (GtkDropDown *dropdown,
             GArray      *ids)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= ids->len)
    return 0;
  return g_array_index (ids, gint64, selected);
}

static void
fill_dropdown (GtkDropDown *dropdown,
               GArray      *ids,
               const char  *all_label,
               GPtrArray   *choices,
               gboolean     swedish_names)
{
  gint64 current = selected_id (dropdown, ids);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;
  gint64 zero = 0;

  g_array_set_size (ids, 0);
  g_array_append_val (ids, zero);
  gtk_string_list_append (names, all_label);

  for (guint i = 0; choices != NULL && i < choices->len; i++)
    {
      PolkuReviewChoice *choice = g_ptr_array_index (choices, i);
      const char *name = swedish_names && choice->name_sv != NULL ? choice->name_sv : choice->name;

      if (choice->id == current)
        selected = ids->len;
      g_array_append_val (ids, choice->id);
      gtk_string_list_append (names, name != NULL ? name : "");
    }

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (dropdown, selected);
}

/* NULL choices: only "All …" (what the filters show until their choices are read). */
static void
fill_choices (PolkuReviewPage *self,
              GPtrArray       *providers,
              GPtrArray       *perusteet,
              GPtrArray       *learners)
{
  self->updating = TRUE;
  fill_dropdown (self->provider_dropdown, self->provider_ids, _("All education providers"), providers, FALSE);
  fill_dropdown (self->peruste_dropdown, self->peruste_ids, _("All qualifications"), perusteet, swedish (self));
  fill_dropdown (self->learner_dropdown, self->learner_ids, _("All learners"), learners, FALSE);
  self->updating = FALSE;
}

static void
rebuild_choices (PolkuReviewPage *self)
{
  PolkuStore *store = polku_context_get_store (self->context);
  g_autoptr(GPtrArray) providers = polku_store_list_review_providers (store, NULL);
  g_autoptr(GPtrArray) perusteet = polku_store_list_review_perusteet (store, NULL);
  g_autoptr(GPtrArray) learners = polku_store_list_review_learners (store, NULL);

  fill_choices (self, providers, perusteet, learners);
}

static gboolean
choices_idle_cb (gpointer data)
{
  PolkuReviewPage *self = data;

  self->choices_idle = 0;
  if (self->context != NULL)
    rebuild_choices (self);
  return G_SOURCE_REMOVE;
}

/* The choices count every learner's items (tens of milliseconds on a large
 * database): read them once the page is drawn, and once for a burst of
 * edits. */
static void
schedule_choices (PolkuReviewPage *self)
{
  if (self->choices_idle == 0)
    self->choices_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, choices_idle_cb, self, NULL);
}

static void
flush_choices (PolkuReviewPage *self)
{
  if (self->choices_idle != 0)
    {
      g_clear_handle_id (&self->choices_idle, g_source_remove);
      rebuild_choices (self);
    }
}

static void
read_filter (PolkuReviewPage   *self,
             PolkuReviewFilter *filter)
{
  filter->provider_id = selected_id (self->provider_dropdown, self->provider_ids);
  filter->peruste_id = selected_id (self->peruste_dropdown, self->peruste_ids);
  filter->learner_id = selected_id (self->learner_dropdown, self->learner_ids);
  filter->include_decided = gtk_check_button_get_active (self->decided_check);
}

static void update_details (PolkuReviewPage *self);

static void
update_state (PolkuReviewPage *self)
{
  PolkuReviewFilter filter = { 0 };
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  guint n_waiting = polku_review_list_get_n_waiting (self->list);
  g_autofree char *count = NULL;

  read_filter (self, &filter);
  gtk_stack_set_visible_child_name (self->main_stack,
                                    n_items == 0 && filter.provider_id == 0 && filter.peruste_id == 0 &&
                                    filter.learner_id == 0 && !filter.include_decided ? "empty" : "review");

  if (n_items == n_waiting)
    /* Translators: under the review list. */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item waits for a decision",
                                          "%u items wait for a decision", n_waiting), n_waiting);
  else
    /* Translators: under the review list when decided items are shown too; %u is the number waiting. */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item shown, %u waiting", "%u items shown, %u waiting",
                                          n_items), n_items, n_waiting);
  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->list_stack, n_items > 0 ? "list" : "no-match");
}

/* Details */

static GtkWidget *
add_label (GtkBox     *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return label;
}

/* A titled section; an empty text says so instead of leaving a gap. */
static GtkBox *
add_section (GtkBox     *box,
             const char *title,
             const char *text)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *heading;

  gtk_box_append (box, section);
  heading = add_label (GTK_BOX (section), title, "heading");
  gtk_label_set_selectable (GTK_LABEL (heading), FALSE);
  if (text != NULL && *text != '\0')
    add_label (GTK_BOX (section), text, NULL);
  else if (text != NULL)
    add_label (GTK_BOX (section), _("Not recorded"), "dim-label");

  return GTK_BOX (section);
}

static void
clear_details (PolkuReviewPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->detail_box))) != NULL)
    gtk_box_remove (self->detail_box, child);
}

static char *
format_date (const char *iso)
{
  return iso != NULL ? polku_catalogue_format_date (iso) : NULL;
}

static void
add_history (PolkuReviewPage *self,
             PolkuReviewItem *item)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  GtkBox *section;

  history = polku_store_list_decision_history (polku_context_get_store (self->context),
                                               polku_review_item_get_learner_id (item),
                                               polku_review_item_get_requirement_id (item), &error);
  if (history == NULL)
    {
      g_warning ("Could not read the decision history: %s", error->message);
      return;
    }
  if (history->len == 0)
    return;

  section = add_section (self->detail_box, _("History"), NULL);
  for (guint i = 0; i < history->len; i++)
    {
      PolkuDecisionHistoryRecord *h = g_ptr_array_index (history, i);
      g_autofree char *date = format_date (h->decided_on);
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_append_printf (line, "%s – %s", date != NULL ? date : "", polku_review_event_get_label (h->event));
      if (h->teacher_name != NULL)
        g_string_append_printf (line, ", %s", h->teacher_name);
      if (h->teacher_organisation != NULL)
        g_string_append_printf (line, " (%s)", h->teacher_organisation);
      if (h->reason != NULL)
        /* Translators: in the decision history: why a recognition was reopened. */
        g_string_append_printf (line, "\n%s", h->reason);
      if (h->comment != NULL)
        g_string_append_printf (line, "\n%s", h->comment);
      add_label (section, line->str, NULL);
    }
}

static void
show_item (PolkuReviewPage *self,
           PolkuReviewItem *item)
{
  const PolkuReviewItemRecord *r = polku_review_item_get_record (item);
  gboolean sv = swedish (self);
  g_autofree char *unit = polku_review_item_dup_unit_title (item, sv);
  g_autofree char *criteria = NULL;
  g_autofree char *tasks = polku_review_item_dup_tasks_text (item);
  g_autofree char *shown_on = format_date (r->shown_on);
  g_autoptr(GString) who = g_string_new (r->learner_name);
  g_autoptr(GString) level = g_string_new (NULL);
  g_autoptr(GString) status = g_string_new (polku_competence_status_get_label (r->status));
  g_autoptr(GError) error = NULL;
  const char *kohdealue = sv && r->kohdealue_sv != NULL ? r->kohdealue_sv : r->kohdealue_fi;
  const char *peruste = sv && r->peruste_nimi_sv != NULL ? r->peruste_nimi_sv : r->peruste_nimi_fi;
  GtkBox *box = self->detail_box;

  if (r->student_number != NULL)
    /* Translators: after the learner's name in the review; %s is the student number. */
    g_string_append_printf (who, _(", student number %s"), r->student_number);
  if (r->provider_name != NULL)
    g_string_append_printf (who, " · %s", r->provider_name);

  add_label (box, who->str, "dim-label");
  {
    GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

    gtk_box_append (box, heading);
    add_label (GTK_BOX (heading), unit, "heading");
    if (peruste != NULL)
      add_label (GTK_BOX (heading), peruste, "dim-label");
    if (kohdealue != NULL)
      add_label (GTK_BOX (heading), kohdealue, "caption-heading");
    add_label (GTK_BOX (heading), polku_review_item_get_text (item, sv), "title-3");
  }

  if (shown_on != NULL || r->observed_by != NULL)
    g_string_append_c (status, '\n');
  if (shown_on != NULL && r->observed_by != NULL)
    /* Translators: under the status of a competence: when it was shown and who observed it at the workshop. */
    g_string_append_printf (status, _("Shown on %s, observed by %s"), shown_on, r->observed_by);
  else if (shown_on != NULL)
    /* Translators: under the status of a competence: when it was shown at the workshop. */
    g_string_append_printf (status, _("Shown on %s"), shown_on);
  else if (r->observed_by != NULL)
    /* Translators: under the status of a competence: who observed it at the workshop. */
    g_string_append_printf (status, _("Observed by %s"), r->observed_by);
  add_section (box, _("Status"), status->str);

  if (r->level_id != 0)
    {
      criteria = polku_review_item_dup_criteria_text (item, polku_context_get_store (self->context), sv, &error);
      if (error != NULL)
        g_warning ("Could not read the criteria: %s", error->message);
      g_string_append (level, polku_review_item_get_level_label (item, sv));
      if (criteria != NULL)
        g_string_append_printf (level, "\n\n%s", criteria);
    }
  add_section (box, _("Recorded Level and Its Criteria"), level->str);
  add_section (box, _("Coach’s Observation"), r->observation != NULL ? r->observation : "");
  add_section (box, _("Learner’s Own View"), r->own_view != NULL ? r->own_view : "");
  add_section (box, _("Tasks"), tasks);
  add_section (box, _("Evidence"), r->evidence != NULL ? r->evidence : "");

  if (r->teacher_decision != POLKU_TEACHER_DECISION_NONE)
    {
      g_autofree char *decided_on = format_date (r->decided_on);
      g_autoptr(GString) decision = g_string_new (polku_teacher_decision_get_label (r->teacher_decision));

      if (decided_on != NULL)
        g_string_append_printf (decision, ", %s", decided_on);
      if (r->teacher_name != NULL)
        g_string_append_printf (decision, ", %s", r->teacher_name);
      if (r->teacher_organisation != NULL)
        g_string_append_printf (decision, " (%s)", r->teacher_organisation);
      if (r->teacher_comment != NULL)
        g_string_append_printf (decision, "\n%s", r->teacher_comment);
      add_section (box, _("Decision"), decision->str);
    }

  add_history (self, item);
}

static void
show_several (PolkuReviewPage *self,
              GPtrArray       *items)
{
  g_autofree char *heading = NULL;
  gboolean one_learner = TRUE;
  GtkBox *section;

  for (guint i = 1; i < items->len; i++)
    one_learner &= polku_review_item_get_learner_id (g_ptr_array_index (items, i)) ==
                   polku_review_item_get_learner_id (g_ptr_array_index (items, 0));

  /* Translators: the heading of the review details when several items are selected. */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item selected", "%u items selected", items->len),
                             items->len);
  add_label (self->detail_box, heading, "title-3");
  if (!one_learner)
    add_label (self->detail_box, _("Select items of one learner to decide them together."), "dim-label");

  section = add_section (self->detail_box, _("Requirements"), NULL);
  for (guint i = 0; i < items->len; i++)
    {
      PolkuReviewItem *item = g_ptr_array_index (items, i);
      g_autofree char *line = g_strdup_printf ("• %s", polku_review_item_get_text (item, swedish (self)));

      add_label (section, line, NULL);
    }
}

/* Which actions fit the selection: deciding needs items of one learner still
 * waiting or undecided; reopening one recognised item. */
static void
update_actions (PolkuReviewPage *self,
                GPtrArray       *items)
{
  gboolean can_decide = items->len > 0;
  gboolean can_reopen = items->len == 1 && polku_review_item_get_locked (g_ptr_array_index (items, 0));
  gboolean one_learner = items->len > 0;

  for (guint i = 0; i < items->len; i++)
    {
      PolkuReviewItem *item = g_ptr_array_index (items, i);

      can_decide &= !polku_review_item_get_locked (item);
      one_learner &= polku_review_item_get_learner_id (item) ==
                     polku_review_item_get_learner_id (g_ptr_array_index (items, 0));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.decide", can_decide && one_learner);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.reopen", can_reopen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.export-decisions", one_learner);
}

static void
update_details (PolkuReviewPage *self)
{
  g_autoptr(GPtrArray) items = selected_items (self);

  clear_details (self);
  update_actions (self, items);

  if (items->len == 0)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  if (items->len == 1)
    show_item (self, g_ptr_array_index (items, 0));
  else
    show_several (self, items);

  gtk_stack_set_visible_child_name (self->detail_stack, "item");
}

/* Callbacks */

static void
filter_changed_cb (PolkuReviewPage *self)
{
  PolkuReviewFilter filter = { 0 };

  if (self->updating || self->list == NULL)
    return;

  read_filter (self, &filter);
  polku_review_list_set_filter (self->list, &filter);
  update_state (self);
}

static void
show_decided_clicked_cb (PolkuReviewPage *self)
{
  gtk_check_button_set_active (self->decided_check, TRUE);
}

static void
selection_changed_cb (PolkuReviewPage *self)
{
  update_details (self);
}

/* Enter (or a double click) on an item: decide the selection. */
static void
list_activate_cb (PolkuReviewPage *self,
                  guint            position)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_activate_action (GTK_WIDGET (self), "review.decide", NULL);
}

static void
folded_changed_cb (PolkuReviewPage *self)
{
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet));
}

static void
back_clicked_cb (PolkuReviewPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
store_changed_cb (PolkuReviewPage *self)
{
  /* Hidden: catch up when shown (the list does the same). */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  /* The list reloads itself (it connected first); the choices and the
   * details follow. */
  schedule_choices (self);
  update_state (self);
  update_details (self);
}

static void
list_changed_cb (PolkuReviewPage *self)
{
  update_state (self);
}

/* After a decision, the next item is selected so that the teacher can go on. */
static void
recorded_cb (PolkuReviewPage *self,
             gpointer         dialog)
{
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "polku-first-index"));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));

  if (n == 0)
    return;

  polku_review_page_select (self, (guint) MIN (index, (int) n - 1));
}

/* Actions */

static void
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PolkuReviewPage *self = POLKU_REVIEW_PAGE (widget);

  polku_review_page_decide (self);
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PolkuReviewPage *self = POLKU_REVIEW_PAGE (widget);
  g_autoptr(GPtrArray) items = selected_items (self);
  GtkWidget *dialog;

  if (items->len != 1)
    return;

  dialog = polku_decision_dialog_new_reopen (self->context, g_ptr_array_index (items, 0));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  PolkuReviewPage *self;
  gint64           learner_id;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->self);
  g_free (data);
}

static void
export_chosen_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ExportData *data = user_data;
  PolkuReviewPage *self = data->self;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  file = polku_dialogs_save_file_finish (result, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && GTK_IS_WINDOW (root))
        polku_dialogs_alert (GTK_WINDOW (root), _("Could Not Open the File Chooser"), error->message);
      export_data_free (data);
      return;
    }

  if (self->context == NULL)
    {
      export_data_free (data);
      return;
    }

  if (!polku_exchange_export_decisions (polku_context_get_store (self->context), data->learner_id, file, &error))
    {
      if (GTK_IS_WINDOW (root))
        polku_dialogs_alert (GTK_WINDOW (root), _("Could Not Export the Decisions"), error->message);
    }
  else if (POLKU_IS_WINDOW (root))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: after exporting a learner's decisions; %s is the file name. */
      g_autofree char *title = g_strdup_printf (_("Decisions saved in “%s”"), name);

      polku_window_add_toast (POLKU_WINDOW (root), adw_toast_new (title));
    }

  export_data_free (data);
}

static void
export_decisions_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PolkuReviewPage *self = POLKU_REVIEW_PAGE (widget);
  g_autoptr(GPtrArray) items = selected_items (self);
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) xml = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  g_autofree char *file_name = NULL;
  ExportData *data;

  if (items->len == 0)
    return;

  gtk_file_filter_set_name (xml, _("Polku exchange files (XML)"));
  gtk_file_filter_add_suffix (xml, "xml");
  g_list_store_append (filters, xml);

  name = g_strdup (polku_review_item_get_record (g_ptr_array_index (items, 0))->learner_name);
  g_strdelimit (name, "/\\:", '-');
  /* Translators: the suggested file name of a learner's exported decisions; %s is the learner's name. */
  file_name = g_strdup_printf (_("Decisions %s.xml"), name);

  data = g_new0 (ExportData, 1);
  data->self = g_object_ref (self);
  data->learner_id = polku_review_item_get_learner_id (g_ptr_array_index (items, 0));
  polku_dialogs_save_file_async (GTK_WINDOW (gtk_widget_get_root (widget)), _("Export Decisions"), file_name,
                                 G_LIST_MODEL (filters), NULL, export_chosen_cb, data);
}

/* GtkWidget */

static void
polku_review_page_map (GtkWidget *widget)
{
  PolkuReviewPage *self = POLKU_REVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (polku_review_page_parent_class)->map (widget);

  if (self->list == NULL)
    return;

  polku_review_list_set_active (self->list, TRUE);
  if (self->stale)
    {
      self->stale = FALSE;
      schedule_choices (self);
      update_state (self);
      update_details (self);
    }
}

static void
polku_review_page_unmap (GtkWidget *widget)
{
  PolkuReviewPage *self = POLKU_REVIEW_PAGE (widget);

  if (self->list != NULL)
    polku_review_list_set_active (self->list, FALSE);

  GTK_WIDGET_CLASS (polku_review_page_parent_class)->unmap (widget);
}

/* GObject */

static void
polku_review_page_dispose (GObject *object)
{
  PolkuReviewPage *self = (PolkuReviewPage *)object;

  if (self->context != NULL)
    g_clear_signal_handler (&self->changed_id, polku_context_get_store (self->context));
  g_clear_handle_id (&self->choices_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_REVIEW_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_review_page_parent_class)->dispose (object);
}

static void
polku_review_page_finalize (GObject *object)
{
  PolkuReviewPage *self = (PolkuReviewPage *)object;

  g_clear_pointer (&self->provider_ids, g_array_unref);
  g_clear_pointer (&self->peruste_ids, g_array_unref);
  g_clear_pointer (&self->learner_ids, g_array_unref);
  g_clear_pointer (&self->bound_items, g_hash_table_unref);

  G_OBJECT_CLASS (polku_review_page_parent_class)->finalize (object);
}

static void
polku_review_page_class_init (PolkuReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_review_page_dispose;
  object_class->finalize = polku_review_page_finalize;

  widget_class->map = polku_review_page_map;
  widget_class->unmap = polku_review_page_unmap;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuReviewPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuReviewPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PolkuReviewPage, provider_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PolkuReviewPage, peruste_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PolkuReviewPage, learner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PolkuReviewPage, decided_check);
  gtk_widget_class_bind_template_child (widget_class, PolkuReviewPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuReviewPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuReviewPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuReviewPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuReviewPage, detail_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuReviewPage, back_button);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_decided_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "review.decide", NULL, decide_action);
  gtk_widget_class_install_action (widget_class, "review.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "review.export-decisions", NULL, export_decisions_action);
}

static void
polku_review_page_init (PolkuReviewPage *self)
{
  self->provider_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->peruste_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->learner_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->bound_items = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Typing a name in the learner filter finds the learner. */
  {
    g_autoptr(GtkExpression) expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

    gtk_drop_down_set_expression (self->learner_dropdown, expression);
  }
  /* The filters read "All …" from the start, not "(None)": their other
   * choices come after the first frame (schedule_choices). */
  fill_choices (self, NULL, NULL, NULL);
  {
    g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (item_setup_cb), self);
    g_signal_connect (factory, "bind", G_CALLBACK (item_bind_cb), self);
    g_signal_connect (factory, "unbind", G_CALLBACK (item_unbind_cb), self);
    gtk_list_view_set_factory (self->list_view, factory);
  }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.decide", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.reopen", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.export-decisions", FALSE);
}

/* Public API */

GtkWidget *
polku_review_page_new (void)
{
  return g_object_new (POLKU_TYPE_REVIEW_PAGE, NULL);
}

void
polku_review_page_set_context (PolkuReviewPage *self,
                               PolkuContext    *context)
{
  PolkuStore *store;

  g_return_if_fail (POLKU_IS_REVIEW_PAGE (self));
  g_return_if_fail (POLKU_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  store = polku_context_get_store (context);
  self->list = polku_review_list_new_inactive (store);
  polku_review_list_set_active (self->list, gtk_widget_get_mapped (GTK_WIDGET (self)));
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->list, "notify::n-items", G_CALLBACK (list_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::n-waiting", G_CALLBACK (list_changed_cb), self, G_CONNECT_SWAPPED);
  self->changed_id = g_signal_connect_swapped (store, "changed::learners", G_CALLBACK (store_changed_cb), self);

  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->list)));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      schedule_choices (self);
      update_state (self);
      update_details (self);
    }
  else
    self->stale = TRUE;
}

PolkuReviewList *
polku_review_page_get_list (PolkuReviewPage *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_PAGE (self), NULL);

  return self->list;
}

/**
 * polku_review_page_set_filter:
 *
 * Shows what @filter selects, as if chosen in the filters (ids without a
 * choice fall back to all).
 */
void
polku_review_page_set_filter (PolkuReviewPage         *self,
                              const PolkuReviewFilter *filter)
{
  struct { GtkDropDown *dropdown; GArray *ids; gint64 id; } parts[] = {
    { self->provider_dropdown, self->provider_ids, filter->provider_id },
    { self->peruste_dropdown, self->peruste_ids, filter->peruste_id },
    { self->learner_dropdown, self->learner_ids, filter->learner_id },
  };

  g_return_if_fail (POLKU_IS_REVIEW_PAGE (self));
  g_return_if_fail (filter != NULL);

  flush_choices (self);
  self->updating = TRUE;
  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    {
      guint selected = 0;

      for (guint i = 0; i < parts[p].ids->len; i++)
        if (g_array_index (parts[p].ids, gint64, i) == parts[p].id)
          selected = i;
      gtk_drop_down_set_selected (parts[p].dropdown, selected);
    }
  gtk_check_button_set_active (self->decided_check, filter->include_decided);
  self->updating = FALSE;
  filter_changed_cb (self);
}

/* Selects only the item at @position, shows it and moves the focus there. */
void
polku_review_page_select (PolkuReviewPage *self,
                          guint            position)
{
  g_return_if_fail (POLKU_IS_REVIEW_PAGE (self));

  if (self->selection == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    return;

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

GtkSelectionModel *
polku_review_page_get_selection (PolkuReviewPage *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_PAGE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * polku_review_page_decide:
 *
 * Opens the decision dialog for the selected items (of one learner).
 *
 * Returns: (transfer none) (nullable): the dialog
 */
GtkWidget *
polku_review_page_decide (PolkuReviewPage *self)
{
  g_autoptr(GPtrArray) items = NULL;
  GtkWidget *dialog;
  int first_index = 0;

  g_return_val_if_fail (POLKU_IS_REVIEW_PAGE (self), NULL);

  if (!gtk_widget_is_sensitive (GTK_WIDGET (self)) || self->context == NULL)
    return NULL;

  items = selected_items (self);
  if (items->len == 0)
    return NULL;

  {
    g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

    first_index = (int) gtk_bitset_get_minimum (selected);
  }

  dialog = polku_decision_dialog_new (self->context, (PolkuReviewItem **) items->pdata, items->len);
  g_object_set_data (G_OBJECT (dialog), "polku-first-index", GINT_TO_POINTER (first_index));
  g_signal_connect_object (dialog, "recorded", G_CALLBACK (recorded_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
