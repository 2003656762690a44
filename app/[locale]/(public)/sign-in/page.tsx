import { placeholderPage } from "@/components/shell/section-placeholder";

const { generateMetadata, Page } = placeholderPage("signIn");
export { generateMetadata };
export default Page;
