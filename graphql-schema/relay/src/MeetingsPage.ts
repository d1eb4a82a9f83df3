// Relay operations a frontend runs against Regtrack: paged meetings (@connection), a refetchable
// Node fragment, node(id:) and nodes(ids:). .ci/run compiles them with relay-compiler against the
// committed SDL (graphql-schema/schema.graphql); nothing here is shipped.
import { graphql } from "relay-runtime";

export const meetingsPage = graphql`
  query MeetingsPageQuery($first: Int!, $after: String) {
    ...MeetingsPage_list @arguments(first: $first, after: $after)
  }
`;

export const meetingsList = graphql`
  fragment MeetingsPage_list on Query
  @argumentDefinitions(first: { type: "Int!" }, after: { type: "String" })
  @refetchable(queryName: "MeetingsPageRefetchQuery") {
    meetings(first: $first, after: $after) @connection(key: "MeetingsPage_meetings") {
      totalCount
      edges {
        cursor
        node {
          id
          ...MeetingCard_meeting
        }
      }
    }
  }
`;

export const meetingCard = graphql`
  fragment MeetingCard_meeting on Meeting @refetchable(queryName: "MeetingCardRefetchQuery") {
    id
    title
    kind
    date
    dateInferred
    province {
      name
    }
    organizer {
      name
    }
    participants {
      role
      person {
        name
      }
    }
    regulations {
      role
      regulation {
        symbol
        title
        issuerInferred
      }
    }
  }
`;

export const byNode = graphql`
  query MeetingsPageNodeQuery($id: ID!) {
    node(id: $id) {
      id
      ... on Regulation {
        symbol
        issuedOn
      }
    }
  }
`;

export const byNodes = graphql`
  query MeetingsPageNodesQuery($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Document {
        title
        publishedAt
      }
    }
  }
`;
