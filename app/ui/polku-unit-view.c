/* polku-unit-view.c: the unit page. Requirements grouped by kohdealue on one
 * side, the criteria of one scale level on the other (below them when narrow),
 * then the ways of demonstrating. A common unit shows one osa-alue at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-unit-view"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-adaptive-columns.h"
#include "polku-catalogue-format.h"
#include "polku-unit.h"
#include "polku-unit-view.h"

#define HIGHLIGHT_CLASS "polku-highlight"
/* Frames to wait for a new row's first allocation before giving up scrolling. */
#define MAX_SCROLL_TICKS 30

struct _PolkuUnitView
{
  GtkWidget             parent_instance;

  /* Template widgets */
  GtkStack             *stack;
  AdwStatusPage        *status_page;
  GtkScrolledWindow    *scroller;
  GtkViewport          *viewport;
  GtkLabel             *peruste_label;
  GtkLabel             *title_label;
  GtkLabel             *code_label;
  GtkLabel             *credits_label;
  GtkLabel             *mandatory_label;
  GtkLabel             *kind_label;
  GtkLabel             *notice_label;
  GtkLabel             *description_label;
  PolkuAdaptiveColumns *columns;
  GtkLabel             *requirements_heading;
  GtkWidget            *osa_alue_box;
  GtkDropDown          *osa_alue_dropdown;
  GtkBox               *requirements_box;
  GtkLabel             *no_requirements_label;
  GtkLabel             *scale_label;
  GtkBox               *level_box;
  GtkStack             *criteria_stack;
  GtkLabel             *no_criteria_label;
  GtkLabel             *ways_heading;
  GtkLabel             *ways_label;

  /* Owned */
  PolkuContext         *context;
  PolkuUnit            *unit;
  GHashTable           *rows;            /* requirement_id → GtkListBoxRow (borrowed) */
  gint64                unit_id;
  gint64                osa_alue_id;     /* the osa-alue shown, for common units */
  int                   level_id;        /* the level shown */
  gint64                pending_requirement_id;

  /* Borrowed */
  GtkWidget            *highlighted_row;
  guint                 scroll_tick_id;
  guint                 scroll_ticks;
};

G_DEFINE_FINAL_TYPE (PolkuUnitView, polku_unit_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_UNIT_ID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void reload (PolkuUnitView *self);

/* Auxiliary methods */

static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_BOX (parent))
        gtk_box_remove (GTK_BOX (parent), child);
      else if (GTK_IS_STACK (parent))
        gtk_stack_remove (GTK_STACK (parent), child);
      else
        gtk_widget_unparent (child);
    }
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
set_label_or_hide (GtkLabel   *label,
                   const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
stop_scrolling (PolkuUnitView *self)
{
  if (self->scroll_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick_id);
      self->scroll_tick_id = 0;
    }
}

static gboolean
osa_alue_shown (PolkuUnitView *self,
                gint64         osa_alue_id)
{
  /* Requirements and criteria of the unit itself show whatever osa-alue is chosen. */
  return osa_alue_id == 0 || self->osa_alue_id == 0 || osa_alue_id == self->osa_alue_id;
}

static char *
objective_heading (PolkuObjectiveKind      kind,
                   const PolkuUnitOsaAlue *osa_alue)
{
  double credits = -1;
  g_autofree char *amount = NULL;

  if (osa_alue != NULL)
    credits = kind == POLKU_OBJECTIVE_MANDATORY ? osa_alue->mandatory_credits : osa_alue->optional_credits;
  if (credits > 0)
    amount = polku_catalogue_format_credits (credits, -1, POLKU_CREDIT_UNIT_POINTS);

  if (kind == POLKU_OBJECTIVE_MANDATORY)
    {
      if (amount != NULL)
        /* Translators: a heading over a common unit's mandatory objectives; %s is e.g. "4 credits". */
        return g_strdup_printf (_("Mandatory Objectives, %s"), amount);
      return g_strdup (_("Mandatory Objectives"));
    }

  if (amount != NULL)
    /* Translators: a heading over a common unit's optional objectives; %s is e.g. "3 credits". */
    return g_strdup_printf (_("Optional Objectives, %s"), amount);
  return g_strdup (_("Optional Objectives"));
}

/* Rows and criterion lines use GtkGrid: on GTK 4.8 a horizontal GtkBox around a
 * wrapping label measures it an order of magnitude more often. */
static GtkWidget *
new_requirement_row (PolkuRequirement *requirement)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *text = new_label (polku_requirement_get_text (requirement), NULL);
  const char *code = polku_requirement_get_code (requirement);
  int column = 1;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_top (grid, 10);
  gtk_widget_set_margin_bottom (grid, 10);
  gtk_widget_set_margin_start (grid, 12 + 20 * polku_requirement_get_depth (requirement));
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_grid_attach (GTK_GRID (grid), text, 0, 0, 1, 1);

  if (polku_requirement_get_text_fallback (requirement))
    {
      GtkWidget *mark = gtk_label_new ("fi");

      gtk_widget_set_valign (mark, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (mark, _("No Swedish text: shown in Finnish"));
      gtk_widget_add_css_class (mark, "dim-label");
      gtk_widget_add_css_class (mark, "caption");
      gtk_grid_attach (GTK_GRID (grid), mark, column++, 0, 1, 1);
    }

  if (code != NULL)
    {
      g_autofree char *description = NULL;
      GtkWidget *code_label = gtk_label_new (code);

      gtk_widget_set_valign (code_label, GTK_ALIGN_START);
      /* Translators: the national code of a skill requirement, e.g. "Code 8005". */
      description = g_strdup_printf (_("Code %s"), code);
      gtk_widget_set_tooltip_text (code_label, description);
      gtk_widget_add_css_class (code_label, "dim-label");
      gtk_widget_add_css_class (code_label, "caption");
      gtk_widget_add_css_class (code_label, "numeric");
      gtk_grid_attach (GTK_GRID (grid), code_label, column++, 0, 1, 1);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
build_requirements (PolkuUnitView *self)
{
  GListModel *requirements = polku_unit_get_requirements (self->unit);
  guint n = g_list_model_get_n_items (requirements);
  g_autoptr(PolkuRequirement) previous = NULL;
  GtkWidget *list = NULL;
  guint shown = 0;

  self->highlighted_row = NULL;
  g_hash_table_remove_all (self->rows);
  remove_children (GTK_WIDGET (self->requirements_box));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuRequirement) requirement = g_list_model_get_item (requirements, i);
      PolkuObjectiveKind kind = polku_requirement_get_objective_kind (requirement);
      const char *kohdealue = polku_requirement_get_kohdealue (requirement);
      GtkWidget *row;

      if (!osa_alue_shown (self, polku_requirement_get_osa_alue_id (requirement)))
        continue;

      if (previous == NULL || !polku_requirement_same_group (previous, requirement))
        {
          GtkWidget *heading = NULL;

          if (kind != POLKU_OBJECTIVE_NONE &&
              (previous == NULL ||
               polku_requirement_get_objective_kind (previous) != kind ||
               polku_requirement_get_osa_alue_id (previous) != polku_requirement_get_osa_alue_id (requirement)))
            {
              const PolkuUnitOsaAlue *osa_alue;
              g_autofree char *title = NULL;
              GtkWidget *objective;

              osa_alue = polku_unit_find_osa_alue (self->unit, polku_requirement_get_osa_alue_id (requirement));
              title = objective_heading (kind, osa_alue);
              objective = new_label (title, "title-4");
              if (previous != NULL)
                gtk_widget_set_margin_top (objective, 12);
              gtk_box_append (self->requirements_box, objective);
              heading = objective;
            }

          if (kohdealue != NULL)
            {
              heading = new_label (kohdealue, "heading");
              gtk_widget_set_margin_top (heading, shown > 0 ? 12 : 0);
              gtk_box_append (self->requirements_box, heading);
            }

          list = gtk_list_box_new ();
          gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
          gtk_widget_add_css_class (list, "boxed-list");
          if (heading != NULL)
            gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                            GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL,
                                            -1);
          else
            gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                            GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->requirements_heading, NULL,
                                            -1);
          gtk_box_append (self->requirements_box, list);
        }

      row = new_requirement_row (requirement);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_hash_table_insert (self->rows, g_memdup2 (&(gint64) { polku_requirement_get_id (requirement) }, sizeof (gint64)), row);
      g_set_object (&previous, requirement);
      shown++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->no_requirements_label), shown == 0);
}

static GtkWidget *
new_criterion_line (PolkuCriterion *criterion)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *bullet = gtk_label_new ("•");
  GtkWidget *text = new_label (polku_criterion_get_text (criterion), NULL);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_widget_set_valign (bullet, GTK_ALIGN_START);
  gtk_widget_add_css_class (bullet, "dim-label");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_grid_attach (GTK_GRID (grid), bullet, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), text, 1, 0, 1, 1);

  if (polku_criterion_get_text_fallback (criterion))
    gtk_widget_set_tooltip_text (text, _("No Swedish text: shown in Finnish"));

  return grid;
}

static gboolean
same_area (PolkuCriterion *a,
           PolkuCriterion *b)
{
  return polku_criterion_get_owner (a) == polku_criterion_get_owner (b) &&
         polku_criterion_get_osa_alue_id (a) == polku_criterion_get_osa_alue_id (b) &&
         polku_criterion_get_area_ord (a) == polku_criterion_get_area_ord (b) &&
         g_strcmp0 (polku_criterion_get_area (a), polku_criterion_get_area (b)) == 0;
}

static gboolean
same_target (PolkuCriterion *a,
             PolkuCriterion *b)
{
  return same_area (a, b) &&
         polku_criterion_get_target_ord (a) == polku_criterion_get_target_ord (b) &&
         g_strcmp0 (polku_criterion_get_target (a), polku_criterion_get_target (b)) == 0;
}

static GtkWidget *
build_level_page (PolkuUnitView        *self,
                  const PolkuUnitLevel *level)
{
  GListModel *criteria = polku_unit_get_criteria (self->unit);
  guint n = g_list_model_get_n_items (criteria);
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autoptr(PolkuCriterion) previous = NULL;
  GtkWidget *lines = NULL;

  gtk_box_append (GTK_BOX (page), new_label (level->label, "title-4"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuCriterion) criterion = g_list_model_get_item (criteria, i);

      if (polku_criterion_get_level_id (criterion) != level->level_id ||
          !osa_alue_shown (self, polku_criterion_get_osa_alue_id (criterion)))
        continue;

      if (previous == NULL || !same_target (previous, criterion))
        {
          const char *area = polku_criterion_get_area (criterion);
          const char *target = polku_criterion_get_target (criterion);

          if (area != NULL && (previous == NULL || !same_area (previous, criterion)))
            {
              GtkWidget *label = new_label (area, "heading");

              gtk_widget_set_margin_top (label, 12);
              gtk_box_append (GTK_BOX (page), label);
            }

          if (target != NULL)
            {
              GtkWidget *label = new_label (target, "dim-label");

              gtk_widget_set_margin_top (label, area != NULL ? 2 : 12);
              gtk_box_append (GTK_BOX (page), label);
            }

          lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
          gtk_widget_set_margin_top (lines, 2);
          gtk_box_append (GTK_BOX (page), lines);
        }

      gtk_box_append (GTK_BOX (lines), new_criterion_line (criterion));
      g_set_object (&previous, criterion);
    }

  return page;
}

static void
level_toggled_cb (PolkuUnitView   *self,
                  GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  self->level_id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "level-id"));
  gtk_stack_set_visible_child_name (self->criteria_stack, gtk_widget_get_name (GTK_WIDGET (button)));
}

static void
build_criteria (PolkuUnitView *self)
{
  GListModel *criteria = polku_unit_get_criteria (self->unit);
  guint n_criteria = g_list_model_get_n_items (criteria);
  guint n_levels = polku_unit_get_n_levels (self->unit);
  const char *generic_name = polku_unit_get_generic_scale_name (self->unit);
  GtkToggleButton *group = NULL;
  GtkToggleButton *chosen = NULL;
  gboolean has_generic = FALSE;
  guint shown_levels = 0;

  remove_children (GTK_WIDGET (self->level_box));
  remove_children (GTK_WIDGET (self->criteria_stack));

  for (guint i = 0; i < n_levels; i++)
    {
      const PolkuUnitLevel *level = polku_unit_get_level (self->unit, i);
      g_autofree char *name = g_strdup_printf ("level-%d", level->level_id);
      guint count = 0;
      GtkWidget *button;

      for (guint j = 0; j < n_criteria; j++)
        {
          g_autoptr(PolkuCriterion) criterion = g_list_model_get_item (criteria, j);

          if (polku_criterion_get_level_id (criterion) == level->level_id &&
              osa_alue_shown (self, polku_criterion_get_osa_alue_id (criterion)))
            {
              count++;
              has_generic |= polku_criterion_get_owner (criterion) == POLKU_CRITERION_GENERIC;
            }
        }

      if (count == 0)
        continue;

      gtk_stack_add_named (self->criteria_stack, build_level_page (self, level), name);

      button = gtk_toggle_button_new_with_label (level->short_label);
      gtk_widget_set_name (button, name);
      g_object_set_data (G_OBJECT (button), "level-id", GINT_TO_POINTER (level->level_id));
      gtk_widget_set_tooltip_text (button, level->label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, level->label,
                                      -1);
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);
      g_signal_connect_object (button, "toggled", G_CALLBACK (level_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->level_box, button);

      if (chosen == NULL || level->level_id == self->level_id)
        chosen = GTK_TOGGLE_BUTTON (button);
      shown_levels++;
    }

  if (chosen != NULL)
    {
      gtk_toggle_button_set_active (chosen, TRUE);
      /* Already active when it is the only one: show its page all the same. */
      level_toggled_cb (self, chosen);
    }

  /* One level (pass/fail) needs no switcher: its page says which it is. */
  gtk_widget_set_visible (GTK_WIDGET (self->level_box), shown_levels > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->criteria_stack), shown_levels > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_criteria_label), shown_levels == 0);
  if (polku_unit_get_scale_id (self->unit) == 1)
    gtk_label_set_label (self->no_criteria_label,
                         _("Assessed as pass or fail. The document gives no criteria for this unit."));
  else
    gtk_label_set_label (self->no_criteria_label,
                         _("The document gives no assessment criteria for this unit."));

  if (has_generic && generic_name != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: %s is the name of the generic assessment scale, e.g.
       * "Ammatillisten perustutkintojen arviointiasteikko 1.8.2020 alkaen". */
      text = g_strdup_printf (_("Generic scale: %s"), generic_name);
      set_label_or_hide (self->scale_label, text);
    }
  else
    set_label_or_hide (self->scale_label, NULL);
}

static void
fill_osa_alueet (PolkuUnitView *self)
{
  guint n = polku_unit_get_n_osa_alueet (self->unit);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < n; i++)
    {
      const PolkuUnitOsaAlue *osa_alue = polku_unit_get_osa_alue (self->unit, i);

      gtk_string_list_append (names, osa_alue->name != NULL ? osa_alue->name : osa_alue->koodi_uri);
      if (osa_alue->osa_alue_id == self->osa_alue_id)
        selected = i;
    }

  self->osa_alue_id = n > 0 ? polku_unit_get_osa_alue (self->unit, selected)->osa_alue_id : 0;

  g_signal_handlers_block_matched (self->osa_alue_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_model (self->osa_alue_dropdown, n > 0 ? G_LIST_MODEL (names) : NULL);
  if (n > 0)
    gtk_drop_down_set_selected (self->osa_alue_dropdown, selected);
  g_signal_handlers_unblock_matched (self->osa_alue_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);

  gtk_widget_set_visible (self->osa_alue_box, n > 0);
}

static gboolean
any_requirement_fallback (PolkuUnit *unit)
{
  GListModel *requirements = polku_unit_get_requirements (unit);
  guint n = g_list_model_get_n_items (requirements);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuRequirement) requirement = g_list_model_get_item (requirements, i);

      if (polku_requirement_get_text_fallback (requirement))
        return TRUE;
    }

  return FALSE;
}

static void
fill_header (PolkuUnitView *self)
{
  PolkuUnit *unit = self->unit;
  g_autofree char *peruste = NULL;
  g_autofree char *credits = NULL;
  const char *koulutustyyppi = polku_unit_get_koulutustyyppi (unit);
  const char *mandatory = NULL;
  const char *kind = NULL;
  const char *notice = NULL;
  double min, max;

  if (polku_unit_get_diaarinumero (unit) != NULL && polku_unit_get_peruste_name (unit) != NULL)
    peruste = g_strdup_printf ("%s · %s", polku_unit_get_peruste_name (unit), polku_unit_get_diaarinumero (unit));
  else
    peruste = g_strdup (polku_unit_get_peruste_name (unit));
  set_label_or_hide (self->peruste_label, peruste);

  if (polku_unit_get_name (unit) != NULL)
    gtk_label_set_label (self->title_label, polku_unit_get_name (unit));
  else
    gtk_label_set_label (self->title_label, _("Unnamed Unit"));

  set_label_or_hide (self->code_label, polku_unit_get_code (unit));

  if (polku_unit_get_credits (unit, &min, &max))
    credits = polku_catalogue_format_credits (min, max,
                                              polku_unit_get_credits_in_weeks (unit)
                                              ? POLKU_CREDIT_UNIT_WEEKS : POLKU_CREDIT_UNIT_POINTS);
  set_label_or_hide (self->credits_label, credits);

  switch (polku_unit_get_mandatory (unit))
    {
    case POLKU_UNIT_MANDATORY_YES:
      mandatory = _("Mandatory");
      break;
    case POLKU_UNIT_MANDATORY_NO:
      mandatory = _("Optional");
      break;
    case POLKU_UNIT_MANDATORY_SOMETIMES:
      mandatory = _("Mandatory in some study paths");
      break;
    case POLKU_UNIT_MANDATORY_UNKNOWN:
    default:
      break;
    }
  set_label_or_hide (self->mandatory_label, mandatory);

  if (polku_unit_get_retired (unit))
    kind = _("No longer in the qualification");
  else if (polku_unit_is_common (unit))
    kind = _("Common unit");
  set_label_or_hide (self->kind_label, kind);

  if (!polku_unit_get_embedded (unit))
    notice = _("The qualification refers to this unit but its document does not include it.");
  else if (polku_unit_get_swedish (unit) &&
           (polku_unit_get_name_fallback (unit) || polku_unit_get_ways_fallback (unit) ||
            any_requirement_fallback (unit)))
    notice = _("Some texts have no Swedish version and are shown in Finnish.");
  set_label_or_hide (self->notice_label, notice);

  set_label_or_hide (self->description_label, polku_unit_get_description (unit));

  if (polku_unit_is_preparatory_part (unit) || polku_unit_is_common (unit))
    gtk_label_set_label (self->requirements_heading, _("Objectives"));
  else if (g_strcmp0 (koulutustyyppi, "koulutustyyppi_5") == 0 ||
           g_strcmp0 (koulutustyyppi, "koulutustyyppi_18") == 0)
    gtk_label_set_label (self->requirements_heading, _("Goals"));
  else
    gtk_label_set_label (self->requirements_heading, _("Skill Requirements"));

  set_label_or_hide (self->ways_label, polku_unit_get_ways_of_demonstrating (unit));
  gtk_widget_set_visible (GTK_WIDGET (self->ways_heading),
                          gtk_widget_get_visible (GTK_WIDGET (self->ways_label)));
}

static void
show_error (PolkuUnitView *self,
            const GError  *error)
{
  adw_status_page_set_icon_name (self->status_page, "dialog-warning-symbolic");
  adw_status_page_set_title (self->status_page, _("Unit Not Available"));
  adw_status_page_set_description (self->status_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
show_empty (PolkuUnitView *self)
{
  adw_status_page_set_icon_name (self->status_page, "view-list-bullet-symbolic");
  adw_status_page_set_title (self->status_page, _("No Unit"));
  adw_status_page_set_description (self->status_page,
                                   _("Choose a unit of a qualification to see its skill requirements and assessment criteria."));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  PolkuUnitView *self = POLKU_UNIT_VIEW (widget);
  GtkWidget *row = self->highlighted_row;
  GtkWidget *content = gtk_viewport_get_child (self->viewport);
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;

  if (row == NULL || content == NULL)
    {
      self->scroll_tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  /* A row made for this unit has its first allocation a frame or two later. */
  if ((gtk_widget_get_width (row) == 0 || !gtk_widget_compute_bounds (row, content, &bounds)) &&
      ++self->scroll_ticks < MAX_SCROLL_TICKS)
    return G_SOURCE_CONTINUE;

  if (gtk_widget_get_width (row) > 0 && gtk_widget_compute_bounds (row, content, &bounds))
    {
      adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
      /* A third down the page, so that its kohdealue heading is still in view. */
      gtk_adjustment_set_value (adjustment,
                                bounds.origin.y - gtk_adjustment_get_page_size (adjustment) / 3);
      gtk_widget_grab_focus (row);
    }

  self->scroll_tick_id = 0;
  return G_SOURCE_REMOVE;
}

static void
highlight_requirement (PolkuUnitView *self,
                       gint64         requirement_id)
{
  g_autoptr(PolkuRequirement) requirement = NULL;
  GtkWidget *row;
  int position;

  position = polku_unit_find_requirement (self->unit, requirement_id);
  if (position < 0)
    return;

  /* A common unit shows one osa-alue: switch to the requirement's. */
  requirement = g_list_model_get_item (polku_unit_get_requirements (self->unit), position);
  if (!osa_alue_shown (self, polku_requirement_get_osa_alue_id (requirement)))
    {
      for (guint i = 0; i < polku_unit_get_n_osa_alueet (self->unit); i++)
        {
          if (polku_unit_get_osa_alue (self->unit, i)->osa_alue_id == polku_requirement_get_osa_alue_id (requirement))
            gtk_drop_down_set_selected (self->osa_alue_dropdown, i);
        }
    }

  row = g_hash_table_lookup (self->rows, &requirement_id);
  if (row == NULL)
    return;

  if (self->highlighted_row != NULL)
    gtk_widget_remove_css_class (self->highlighted_row, HIGHLIGHT_CLASS);
  self->highlighted_row = row;
  gtk_widget_add_css_class (row, HIGHLIGHT_CLASS);

  stop_scrolling (self);
  self->scroll_ticks = 0;
  self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL, NULL);
}

static void
reload (PolkuUnitView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuUnit) unit = NULL;
  gint64 highlighted = 0;

  stop_scrolling (self);

  if (self->highlighted_row != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, self->rows);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          if (value == self->highlighted_row)
            highlighted = *(gint64 *) key;
        }
    }

  self->highlighted_row = NULL;
  g_hash_table_remove_all (self->rows);
  remove_children (GTK_WIDGET (self->requirements_box));
  remove_children (GTK_WIDGET (self->level_box));
  remove_children (GTK_WIDGET (self->criteria_stack));
  g_clear_object (&self->unit);

  if (self->context == NULL || self->unit_id == 0)
    {
      show_empty (self);
      return;
    }

  unit = polku_unit_load (self->context, self->unit_id, &error);
  if (unit == NULL)
    {
      show_error (self, error);
      return;
    }

  self->unit = g_steal_pointer (&unit);
  fill_header (self);
  fill_osa_alueet (self);
  build_requirements (self);
  build_criteria (self);
  gtk_stack_set_visible_child_name (self->stack, "unit");

  if (self->pending_requirement_id != 0)
    highlighted = self->pending_requirement_id;
  self->pending_requirement_id = 0;
  if (highlighted != 0)
    highlight_requirement (self, highlighted);
}

/* Callbacks */

static void
osa_alue_selected_cb (PolkuUnitView *self)
{
  guint selected = gtk_drop_down_get_selected (self->osa_alue_dropdown);

  if (self->unit == NULL || selected >= polku_unit_get_n_osa_alueet (self->unit))
    return;

  self->osa_alue_id = polku_unit_get_osa_alue (self->unit, selected)->osa_alue_id;
  build_requirements (self);
  build_criteria (self);
}

static void
catalogue_changed_cb (PolkuUnitView *self)
{
  reload (self);
}

/* GObject overrides */

static void
polku_unit_view_dispose (GObject *object)
{
  PolkuUnitView *self = (PolkuUnitView *)object;

  stop_scrolling (self);
  self->highlighted_row = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_UNIT_VIEW);
  g_clear_object (&self->unit);
  g_clear_object (&self->context);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (polku_unit_view_parent_class)->dispose (object);
}

static void
polku_unit_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PolkuUnitView *self = POLKU_UNIT_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->unit_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_unit_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PolkuUnitView *self = POLKU_UNIT_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      polku_unit_view_set_unit (self, g_value_get_object (value), self->unit_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_unit_view_class_init (PolkuUnitViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_unit_view_dispose;
  object_class->get_property = polku_unit_view_get_property;
  object_class->set_property = polku_unit_view_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_UNIT_ID] =
    g_param_spec_int64 ("unit-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-unit-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, code_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, columns);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, credits_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, criteria_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, description_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, kind_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, level_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, mandatory_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, no_criteria_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, no_requirements_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, notice_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, osa_alue_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, osa_alue_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, peruste_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, requirements_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, requirements_heading);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, scale_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, status_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, title_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, viewport);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, ways_heading);
  gtk_widget_class_bind_template_child (widget_class, PolkuUnitView, ways_label);
  gtk_widget_class_bind_template_callback (widget_class, osa_alue_selected_cb);

  g_type_ensure (POLKU_TYPE_ADAPTIVE_COLUMNS);
}

static void
polku_unit_view_init (PolkuUnitView *self)
{
  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
polku_unit_view_new (void)
{
  return g_object_new (POLKU_TYPE_UNIT_VIEW, NULL);
}

/**
 * polku_unit_view_set_unit:
 * @context: (nullable): where the catalogue is
 * @unit_id: the unit to show, or 0 for none
 *
 * Shows the unit and keeps it up to date when the catalogue or the
 * `show-swedish` setting changes.
 */
void
polku_unit_view_set_unit (PolkuUnitView *self,
                          PolkuContext  *context,
                          gint64         unit_id)
{
  gboolean context_changed;

  g_return_if_fail (POLKU_IS_UNIT_VIEW (self));
  g_return_if_fail (context == NULL || POLKU_IS_CONTEXT (context));
  g_return_if_fail (unit_id >= 0);

  if (self->context != context)
    {
      if (self->context != NULL)
        {
          g_signal_handlers_disconnect_by_data (polku_context_get_store (self->context), self);
          g_signal_handlers_disconnect_by_data (polku_context_get_settings (self->context), self);
        }

      g_set_object (&self->context, context);

      if (context != NULL)
        {
          g_signal_connect_object (polku_context_get_store (context), "changed::catalogue",
                                   G_CALLBACK (catalogue_changed_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (polku_context_get_store (context), "reset",
                                   G_CALLBACK (catalogue_changed_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (polku_context_get_settings (context), "changed::show-swedish",
                                   G_CALLBACK (catalogue_changed_cb), self, G_CONNECT_SWAPPED);
        }
      context_changed = TRUE;
    }
  else
    context_changed = FALSE;

  if (unit_id != self->unit_id)
    {
      self->unit_id = unit_id;
      self->osa_alue_id = 0;
      self->pending_requirement_id = 0;
      /* A new unit starts at its top. */
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNIT_ID]);
    }
  else if (!context_changed)
    return;

  reload (self);

  if (context_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}

gint64
polku_unit_view_get_unit_id (PolkuUnitView *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT_VIEW (self), 0);
  return self->unit_id;
}

/**
 * polku_unit_view_select_requirement:
 * @requirement_id: a requirement of the unit shown
 *
 * Scrolls to the requirement and highlights it (a search hit, a link from a
 * task). Called right after polku_unit_view_set_unit() it waits for the rows.
 */
void
polku_unit_view_select_requirement (PolkuUnitView *self,
                                    gint64         requirement_id)
{
  g_return_if_fail (POLKU_IS_UNIT_VIEW (self));

  if (self->unit == NULL)
    {
      self->pending_requirement_id = requirement_id;
      return;
    }

  highlight_requirement (self, requirement_id);
}
