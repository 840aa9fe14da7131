//! PDF backend, emission helper: the layout's structure elements → krilla's tag tree.
//!
//! The emitter reports every piece of tagged content with the element it belongs to; an
//! element joins its parent when its first content appears, so the tree is read in the order
//! of the Markdown (headings, paragraphs, lists, tables, the figure), page breaks and
//! repeated table headers notwithstanding. Link text and its annotation form one `Link`.

use std::num::NonZeroU16;

use krilla::tagging::{
    Identifier, ListNumbering, Node, TableHeaderScope, Tag, TagGroup, TagKind, TagTree,
};

use super::display::{NodeId, Scope, StructKind, StructNode};

enum Child {
    Element(NodeId),
    Content(Identifier),
    Link { uri: String, parts: Vec<Identifier> },
}

/// Where a link's annotation goes once the page has been drawn.
#[derive(Debug, Clone, Copy)]
pub struct LinkSlot {
    node: NodeId,
    child: usize,
}

/// Collects content identifiers per structure element and builds the tag tree.
pub struct TagBuilder<'a> {
    structure: &'a [StructNode],
    children: Vec<Vec<Child>>,
    attached: Vec<bool>,
    roots: Vec<Child>,
}

impl<'a> TagBuilder<'a> {
    /// A builder for the elements of one document.
    pub fn new(structure: &'a [StructNode]) -> TagBuilder<'a> {
        TagBuilder {
            structure,
            children: structure.iter().map(|_| Vec::new()).collect(),
            attached: vec![false; structure.len()],
            roots: Vec::new(),
        }
    }

    /// Hangs `node` and its not yet attached ancestors into the tree.
    fn attach(&mut self, node: NodeId) {
        let mut chain = Vec::new();
        let mut next = Some(node);
        while let Some(k) = next {
            if self.attached[k] {
                break;
            }
            chain.push(k);
            next = self.structure[k]
                .parent
                .filter(|p| *p < self.structure.len());
        }
        for k in chain.into_iter().rev() {
            self.attached[k] = true;
            match self.structure[k]
                .parent
                .filter(|p| *p < self.structure.len())
            {
                Some(p) => self.children[p].push(Child::Element(k)),
                None => self.roots.push(Child::Element(k)),
            }
        }
    }

    /// Records content drawn for `node`; content that is link text returns the slot its
    /// annotation must be added to.
    pub fn content(
        &mut self,
        node: NodeId,
        id: Identifier,
        link: Option<&str>,
    ) -> Option<LinkSlot> {
        if node >= self.structure.len() {
            // Cannot happen with a layout's own structure; keep the content reachable.
            self.roots.push(Child::Content(id));
            return None;
        }
        self.attach(node);
        let kids = &mut self.children[node];
        let Some(uri) = link else {
            kids.push(Child::Content(id));
            return None;
        };
        match kids.last_mut() {
            Some(Child::Link { uri: u, parts }) if u == uri => parts.push(id),
            _ => kids.push(Child::Link {
                uri: uri.to_string(),
                parts: vec![id],
            }),
        }
        Some(LinkSlot {
            node,
            child: kids.len() - 1,
        })
    }

    /// Adds a link annotation to the link whose text was recorded at `slot`.
    pub fn annotation(&mut self, slot: LinkSlot, id: Identifier) {
        match self.children[slot.node].get_mut(slot.child) {
            Some(Child::Link { parts, .. }) => parts.push(id),
            _ => self.roots.push(Child::Content(id)),
        }
    }

    /// The finished tag tree, in the document language `lang`.
    pub fn finish(mut self, lang: crate::lang::Lang) -> TagTree {
        let mut tree = TagTree::new().with_lang(Some(lang.tag().to_string()));
        let roots = std::mem::take(&mut self.roots);
        for child in roots {
            tree.push(self.node(child));
        }
        tree
    }

    fn node(&mut self, child: Child) -> Node {
        match child {
            Child::Content(id) => id.into(),
            Child::Link { parts, .. } => {
                TagGroup::with_children(Tag::Link, parts.into_iter().map(Node::from).collect())
                    .into()
            }
            Child::Element(k) => {
                let kids = std::mem::take(&mut self.children[k]);
                let nodes = kids.into_iter().map(|c| self.node(c)).collect();
                TagGroup::with_children(kind(&self.structure[k].kind), nodes).into()
            }
        }
    }
}

fn kind(k: &StructKind) -> TagKind {
    match k {
        StructKind::Heading { level, title } => Tag::Hn(
            NonZeroU16::new(u16::from(*level).max(1)).unwrap_or(NonZeroU16::MIN),
            Some(title.clone()),
        )
        .into(),
        StructKind::Paragraph => Tag::P.into(),
        StructKind::List { ordered: true } => Tag::L(ListNumbering::Decimal).into(),
        StructKind::List { ordered: false } => Tag::L(ListNumbering::Disc).into(),
        StructKind::ListItem => Tag::LI.into(),
        StructKind::ListLabel => Tag::Lbl.into(),
        StructKind::ListBody => Tag::LBody.into(),
        StructKind::Quote => Tag::BlockQuote.into(),
        StructKind::Table => Tag::Table.into(),
        StructKind::Caption => Tag::Caption.into(),
        StructKind::TableRow => Tag::TR.into(),
        StructKind::HeaderCell(Scope::Column) => Tag::TH(TableHeaderScope::Column).into(),
        StructKind::HeaderCell(Scope::Row) => Tag::TH(TableHeaderScope::Row).into(),
        StructKind::Cell => Tag::TD.into(),
        StructKind::Figure { alt } => Tag::Figure(Some(alt.clone())).into(),
    }
}
