/* polku-credits.c: a plan's units against the structure rules.
 *
 * The structure tree comes in preorder. Groups with the role "osaamisala" or
 * "tutkintonimike" are alternatives: only the chosen one counts, and when none
 * is chosen, the one holding most of the chosen units (if any) is taken. Each
 * chosen unit counts once, in the group its structure link sits in (the first
 * one in the context), or in the group the plan names for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-credits"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-catalogue-text.h"
#include "polku-credits.h"
#include "polku-store-catalogue-units.h"

#define EPSILON 0.001

typedef struct
{
  PolkuStructureNodeRecord *node;
  int                       parent;
  gboolean                  in_context;
  int                       line;         /* index into the summary's lines, or -1 */
} Node;

static void
credit_line_free (gpointer data)
{
  PolkuCreditLine *line = data;

  g_free (line->path);
  g_free (line->parent_path);
  g_free (line->name_fi);
  g_free (line->name_sv);
  g_free (line->rooli);
  g_free (line);
}

static void
placement_free (gpointer data)
{
  PolkuCreditPlacement *placement = data;

  g_free (placement->group_path);
  g_free (placement);
}

void
polku_credit_summary_free (PolkuCreditSummary *summary)
{
  if (summary == NULL)
    return;

  g_clear_pointer (&summary->lines, g_ptr_array_unref);
  g_clear_pointer (&summary->placements, g_ptr_array_unref);
  g_free (summary->osaamisala_uri);
  g_free (summary->tutkintonimike_uri);
  g_free (summary);
}

static gboolean
has_role (const PolkuStructureNodeRecord *node,
          const char                     *rooli)
{
  return !node->is_unit && g_strcmp0 (node->rooli, rooli) == 0;
}

static const char *
alternative_uri (const PolkuStructureNodeRecord *node,
                 const char                     *rooli)
{
  if (!has_role (node, rooli))
    return NULL;

  return strcmp (rooli, "osaamisala") == 0 ? node->osaamisala_uri : node->tutkintonimike_uri;
}

/* The nearest ancestor-or-self group with @rooli. */
static int
alternative_of (Node       *nodes,
                int         index,
                const char *rooli)
{
  for (int i = index; i >= 0; i = nodes[i].parent)
    if (alternative_uri (nodes[i].node, rooli) != NULL)
      return i;

  return -1;
}

static gboolean
is_chosen (const PolkuCreditChoice *choices,
           guint                    n_choices,
           gint64                   unit_id)
{
  for (guint i = 0; i < n_choices; i++)
    if (choices[i].unit_id == unit_id)
      return TRUE;

  return FALSE;
}

/* Marks what lies in the context after choosing among the groups with
 * @rooli: the one named by @uri, else the one holding most chosen units. */
static char *
choose_alternative (Node                    *nodes,
                    guint                    n_nodes,
                    const char              *rooli,
                    const char              *uri,
                    const PolkuCreditChoice *choices,
                    guint                    n_choices,
                    gboolean                *out_inferred,
                    guint                   *out_n_alternatives)
{
  g_autofree guint *counts = g_new0 (guint, n_nodes);
  const char *chosen = uri;
  guint n_alternatives = 0;
  int best = -1;

  *out_inferred = FALSE;

  for (guint i = 0; i < n_nodes; i++)
    if (nodes[i].in_context && alternative_uri (nodes[i].node, rooli) != NULL)
      n_alternatives++;

  if (out_n_alternatives != NULL)
    *out_n_alternatives = n_alternatives;

  if (chosen == NULL && n_alternatives > 0)
    {
      /* Count each chosen unit once per alternative it appears in. */
      for (guint c = 0; c < n_choices; c++)
        {
          g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

          for (guint i = 0; i < n_nodes; i++)
            {
              int alternative;

              if (!nodes[i].in_context || !nodes[i].node->is_unit || nodes[i].node->unit_id != choices[c].unit_id)
                continue;

              alternative = alternative_of (nodes, (int) i, rooli);
              if (alternative >= 0 && g_hash_table_add (seen, GINT_TO_POINTER (alternative + 1)))
                counts[alternative]++;
            }
        }

      for (guint i = 0; i < n_nodes; i++)
        if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]))
          best = (int) i;

      if (best >= 0)
        {
          chosen = alternative_uri (nodes[best].node, rooli);
          *out_inferred = TRUE;
        }
    }

  for (guint i = 0; i < n_nodes; i++)
    {
      const char *this_uri;

      if (!nodes[i].in_context)
        continue;

      if (nodes[i].parent >= 0 && !nodes[nodes[i].parent].in_context)
        {
          nodes[i].in_context = FALSE;
          continue;
        }

      this_uri = alternative_uri (nodes[i].node, rooli);
      if (this_uri != NULL && g_strcmp0 (this_uri, chosen) != 0)
        nodes[i].in_context = FALSE;
    }

  return g_strdup (chosen);
}

static void
normalise_rule (const PolkuStructureNodeRecord *node,
                PolkuCreditLine                *line)
{
  line->min = node->laajuus_min >= 0 ? node->laajuus_min : -1;
  line->max = node->laajuus_max >= 0 ? node->laajuus_max : -1;

  /* A lone zero minimum (a group that only holds others) is no rule; a lone
   * minimum is an exact amount. */
  if (line->min == 0 && line->max < 0)
    line->min = -1;
  else if (line->min > 0 && line->max < 0)
    line->max = line->min;

  line->count_min = node->koko_min >= 0 ? node->koko_min : -1;
  line->count_max = node->koko_max >= 0 ? node->koko_max : -1;
  if (line->count_min == 0 && line->count_max < 0)
    line->count_min = -1;
  else if (line->count_min > 0 && line->count_max < 0)
    line->count_max = line->count_min;
}

static PolkuCreditState
judge (const PolkuCreditLine *line)
{
  gboolean has_rule = line->min >= 0 || line->max >= 0 || line->count_min >= 0 || line->count_max >= 0;

  if (!has_rule)
    return POLKU_CREDIT_STATE_NO_RULE;

  if ((line->max >= 0 && line->chosen > line->max + EPSILON) ||
      (line->count_max >= 0 && (int) line->n_chosen_direct > line->count_max))
    return POLKU_CREDIT_STATE_OVER;

  if ((line->min >= 0 && line->chosen < line->min - EPSILON) ||
      (line->count_min >= 0 && (int) line->n_chosen_direct < line->count_min))
    return POLKU_CREDIT_STATE_UNDER;

  return POLKU_CREDIT_STATE_MET;
}

static void
place (Node                    *nodes,
       guint                    n_nodes,
       GHashTable              *by_path,
       const PolkuCreditChoice *choice,
       PolkuCreditPlacement    *placement)
{
  int group = -1;
  int leaf = -1;

  if (choice->group_path != NULL)
    {
      gpointer value;

      if (g_hash_table_lookup_extended (by_path, choice->group_path, NULL, &value))
        {
          int index = GPOINTER_TO_INT (value);

          if (nodes[index].in_context && !nodes[index].node->is_unit)
            group = index;
        }

      /* The unit's own link in that group, when it has one, gives its credits. */
      for (guint i = 0; group >= 0 && i < n_nodes; i++)
        if (nodes[i].parent == group && nodes[i].node->is_unit && nodes[i].node->unit_id == choice->unit_id)
          {
            leaf = (int) i;
            break;
          }
    }

  if (group < 0)
    for (guint i = 0; i < n_nodes; i++)
      if (nodes[i].in_context && nodes[i].node->is_unit && nodes[i].node->unit_id == choice->unit_id)
        {
          leaf = (int) i;
          group = nodes[i].parent;
          break;
        }

  placement->unit_id = choice->unit_id;
  placement->group_path = group >= 0 ? g_strdup (nodes[group].node->path) : NULL;
  placement->mandatory = leaf >= 0 && nodes[leaf].node->mandatory == 1;

  if (choice->credits >= 0)
    placement->credits = choice->credits;
  else if (choice->osa_alue_credits > 0)
    placement->credits = choice->osa_alue_credits;
  else if (leaf >= 0 && nodes[leaf].node->credits >= 0)
    placement->credits = nodes[leaf].node->credits;
  else
    placement->credits = choice->default_credits >= 0 ? choice->default_credits : -1;
}

/**
 * polku_credits_compute:
 * @structure: (element-type PolkuStructureNodeRecord): one suoritustapa's
 *   structure tree in preorder, as polku_store_list_structure() reads it
 * @osaamisala_uri: (nullable): the chosen osaamisala, or %NULL to infer it
 * @tutkintonimike_uri: (nullable): the chosen tutkintonimike, or %NULL to infer it
 * @choices: (array length=n_choices): the chosen units
 *
 * Returns: (transfer full): the groups of the context with their rules and
 *   what the choices put in them
 */
PolkuCreditSummary *
polku_credits_compute (GPtrArray                *structure,
                       const char               *osaamisala_uri,
                       const char               *tutkintonimike_uri,
                       const PolkuCreditChoice  *choices,
                       guint                     n_choices)
{
  g_autoptr(PolkuCreditSummary) summary = NULL;
  g_autoptr(GHashTable) by_path = NULL;
  g_autofree Node *nodes = NULL;
  guint n_nodes;

  g_return_val_if_fail (structure != NULL, NULL);
  g_return_val_if_fail (n_choices == 0 || choices != NULL, NULL);

  summary = g_new0 (PolkuCreditSummary, 1);
  summary->lines = g_ptr_array_new_with_free_func (credit_line_free);
  summary->placements = g_ptr_array_new_with_free_func (placement_free);
  summary->total_required = -1;

  n_nodes = structure->len;
  nodes = g_new0 (Node, MAX (n_nodes, 1));
  by_path = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_nodes; i++)
    {
      PolkuStructureNodeRecord *node = g_ptr_array_index (structure, i);
      gpointer parent;

      nodes[i].node = node;
      nodes[i].in_context = TRUE;
      nodes[i].line = -1;
      nodes[i].parent = -1;
      if (node->parent_path != NULL &&
          g_hash_table_lookup_extended (by_path, node->parent_path, NULL, &parent))
        nodes[i].parent = GPOINTER_TO_INT (parent);
      g_hash_table_insert (by_path, node->path, GINT_TO_POINTER ((int) i));
    }

  summary->osaamisala_uri = choose_alternative (nodes, n_nodes, "osaamisala", osaamisala_uri, choices, n_choices,
                                                &summary->osaamisala_inferred, &summary->n_osaamisalat);
  summary->tutkintonimike_uri = choose_alternative (nodes, n_nodes, "tutkintonimike", tutkintonimike_uri,
                                                    choices, n_choices, &summary->tutkintonimike_inferred, NULL);

  /* The groups in context, in preorder. */
  for (guint i = 0; i < n_nodes; i++)
    {
      PolkuStructureNodeRecord *node = nodes[i].node;
      PolkuCreditLine *line;

      if (!nodes[i].in_context || node->is_unit)
        continue;

      line = g_new0 (PolkuCreditLine, 1);
      line->path = g_strdup (node->path);
      line->parent_path = g_strdup (node->parent_path);
      line->depth = node->depth;
      line->name_fi = g_strdup (node->nimi_fi);
      line->name_sv = g_strdup (node->nimi_sv);
      line->rooli = g_strdup (node->rooli);
      line->unspecified = g_strcmp0 (node->rooli, "määrittelemätön") == 0;
      normalise_rule (node, line);
      nodes[i].line = (int) summary->lines->len;
      g_ptr_array_add (summary->lines, line);
    }

  /* Mandatory units, and whether a group holds only mandatory ones. */
  for (guint i = 0; i < n_nodes; i++)
    {
      gboolean chosen;

      if (!nodes[i].in_context || !nodes[i].node->is_unit || nodes[i].node->mandatory != 1)
        continue;

      chosen = is_chosen (choices, n_choices, nodes[i].node->unit_id);
      for (int p = nodes[i].parent; p >= 0; p = nodes[p].parent)
        {
          PolkuCreditLine *line = nodes[p].line >= 0 ? g_ptr_array_index (summary->lines, nodes[p].line) : NULL;

          if (line == NULL)
            continue;
          line->n_mandatory++;
          if (chosen)
            line->n_mandatory_chosen++;
        }
    }

  for (guint i = 0; i < n_nodes; i++)
    {
      PolkuCreditLine *line;
      gboolean any = FALSE, all = TRUE;

      if (nodes[i].line < 0)
        continue;

      line = g_ptr_array_index (summary->lines, nodes[i].line);
      for (guint j = i + 1; j < n_nodes; j++)
        if (nodes[j].parent == (int) i && nodes[j].node->is_unit)
          {
            any = TRUE;
            all = all && nodes[j].node->mandatory == 1;
          }
      line->mandatory = any && all;
    }

  /* Each chosen unit counts in its group and every group above it. */
  for (guint c = 0; c < n_choices; c++)
    {
      PolkuCreditPlacement *placement = g_new0 (PolkuCreditPlacement, 1);
      gpointer value;

      place (nodes, n_nodes, by_path, &choices[c], placement);
      g_ptr_array_add (summary->placements, placement);

      if (placement->credits >= 0)
        summary->total_chosen += placement->credits;

      if (placement->group_path == NULL ||
          !g_hash_table_lookup_extended (by_path, placement->group_path, NULL, &value))
        {
          summary->n_unplaced++;
          continue;
        }

      for (int p = GPOINTER_TO_INT (value); p >= 0; p = nodes[p].parent)
        {
          PolkuCreditLine *line = nodes[p].line >= 0 ? g_ptr_array_index (summary->lines, nodes[p].line) : NULL;

          if (line == NULL)
            continue;
          if (placement->credits >= 0)
            line->chosen += placement->credits;
          line->n_chosen++;
          if (p == GPOINTER_TO_INT (value))
            line->n_chosen_direct++;
        }
    }

  for (guint i = 0; i < summary->lines->len; i++)
    {
      PolkuCreditLine *line = g_ptr_array_index (summary->lines, i);

      line->state = judge (line);
      if (line->parent_path == NULL)
        summary->total_required = line->min;
    }

  return g_steal_pointer (&summary);
}

/**
 * polku_credits_sum_osa_alueet:
 * @osa_alueet: (element-type PolkuOsaAlueRecord): the common unit's osa-alueet
 * @chosen_ids: (array length=n_chosen_ids): the chosen ones
 *
 * A common unit taken in part counts what its chosen osa-alueet are worth:
 * each its mandatory credits, or, for one offered only as optional, its
 * optional credits.
 *
 * Returns: the credits, 0 when none of @chosen_ids is in @osa_alueet
 */
double
polku_credits_sum_osa_alueet (GPtrArray    *osa_alueet,
                              const gint64 *chosen_ids,
                              guint         n_chosen_ids)
{
  double total = 0;

  g_return_val_if_fail (osa_alueet != NULL, 0);
  g_return_val_if_fail (n_chosen_ids == 0 || chosen_ids != NULL, 0);

  for (guint i = 0; i < osa_alueet->len; i++)
    {
      const PolkuOsaAlueRecord *osa_alue = g_ptr_array_index (osa_alueet, i);
      gboolean chosen = FALSE;

      for (guint j = 0; j < n_chosen_ids && !chosen; j++)
        chosen = chosen_ids[j] == osa_alue->osa_alue_id;
      if (!chosen)
        continue;
      if (osa_alue->pakollinen_laajuus > 0)
        total += osa_alue->pakollinen_laajuus;
      else if (osa_alue->valinnainen_laajuus > 0)
        total += osa_alue->valinnainen_laajuus;
    }

  return total;
}

/**
 * polku_credit_choice_set_osa_alueet:
 * @choice: a choice whose unit_id is set
 * @osa_alue_ids: (nullable) (element-type gint64): the plan's chosen
 *   osa-alueet of the unit; empty or %NULL: the whole unit
 *
 * Sets @choice's osa_alue_credits from the catalogue.
 *
 * Returns: %FALSE with @error set when the catalogue could not be read
 *   (@choice then counts the whole unit)
 */
gboolean
polku_credit_choice_set_osa_alueet (PolkuCreditChoice  *choice,
                                    PolkuStore         *store,
                                    const GArray       *osa_alue_ids,
                                    GError            **error)
{
  g_autoptr(GPtrArray) osa_alueet = NULL;

  g_return_val_if_fail (choice != NULL, FALSE);
  g_return_val_if_fail (POLKU_IS_STORE (store), FALSE);

  choice->osa_alue_credits = 0;
  if (osa_alue_ids == NULL || osa_alue_ids->len == 0)
    return TRUE;
  if ((osa_alueet = polku_store_catalogue_list_osa_alueet (store, choice->unit_id, error)) == NULL)
    return FALSE;
  choice->osa_alue_credits = polku_credits_sum_osa_alueet (osa_alueet, (const gint64 *) (gpointer) osa_alue_ids->data,
                                                           osa_alue_ids->len);
  return TRUE;
}

/**
 * polku_credit_summary_find_line:
 *
 * Returns: (transfer none) (nullable): the line of the group at @path
 */
const PolkuCreditLine *
polku_credit_summary_find_line (const PolkuCreditSummary *summary,
                                const char               *path)
{
  g_return_val_if_fail (summary != NULL, NULL);

  for (guint i = 0; i < summary->lines->len; i++)
    {
      const PolkuCreditLine *line = g_ptr_array_index (summary->lines, i);

      if (g_strcmp0 (line->path, path) == 0)
        return line;
    }

  return NULL;
}

/**
 * polku_credit_line_format_rule:
 *
 * Returns: (transfer full) (nullable): the rule, e.g. "60 credits" or
 *   "1 unit", or %NULL when the group has none
 */
char *
polku_credit_line_format_rule (const PolkuCreditLine *line,
                               PolkuCreditUnit        unit)
{
  char *rule;

  g_return_val_if_fail (line != NULL, NULL);

  rule = polku_catalogue_format_credits (line->min, line->max, unit);
  if (rule == NULL)
    rule = polku_catalogue_format_count (line->count_min, line->count_max);

  return rule;
}

/**
 * polku_credit_line_format:
 * @language: "fi" or "sv": the language of the group's name
 *
 * Returns: (transfer full): e.g. "Mandatory units 60 credits: 35 credits chosen"
 */
char *
polku_credit_line_format (const PolkuCreditLine *line,
                          PolkuCreditUnit        unit,
                          const char            *language)
{
  g_autofree char *rule = NULL;
  g_autofree char *chosen = NULL;
  const char *name;

  g_return_val_if_fail (line != NULL, NULL);

  /* The root's name in the data is often a placeholder ("xx grundexamen"). */
  if (line->parent_path == NULL)
    name = NULL;
  else
    name = polku_catalogue_text_pick (line->name_fi, line->name_sv, NULL, g_strcmp0 (language, "sv") == 0, NULL);
  if (name == NULL || name[0] == '\0')
    name = line->parent_path == NULL ? _("The whole qualification") : _("Group");

  rule = polku_credit_line_format_rule (line, unit);

  if (line->min < 0 && line->max < 0 && (line->count_min >= 0 || line->count_max >= 0))
    /* Translators: how many units are chosen in a group whose rule is a number of units. */
    chosen = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unit", "%u units", line->n_chosen_direct),
                              line->n_chosen_direct);
  else
    chosen = polku_catalogue_format_credits (line->chosen, -1, unit);

  /* Nothing chosen yet: the catalogue's formatting says nothing of a zero. */
  if (chosen == NULL)
    chosen = g_strdup (unit == POLKU_CREDIT_UNIT_WEEKS ? _("0 weeks") : _("0 credits"));

  if (rule == NULL)
    /* Translators: a group of a qualification's structure and what the plan has in it, e.g. "Optional units: 20 credits chosen". */
    return g_strdup_printf (_("%1$s: %2$s chosen"), name, chosen);

  /* Translators: a group of a qualification's structure, its rule and what the plan has in it, e.g. "Mandatory units 60 credits: 35 credits chosen". */
  return g_strdup_printf (_("%1$s %2$s: %3$s chosen"), name, rule, chosen);
}
